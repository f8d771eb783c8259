// safeStorage's four calls, backed by AES-256-GCM with a key that stands in for the OS keychain's: what
// the vault seals cannot be read or changed without the key, as with the real keychain.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export function keychain(backend: 'gnome_libsecret' | 'basic_text' = 'gnome_libsecret', key = randomBytes(32)) {
  return {
    getSelectedStorageBackend: () => backend,
    isAsyncEncryptionAvailable: async () => true,
    async encryptStringAsync(text: string) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const sealed = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), sealed]);
    },
    async decryptStringAsync(blob: Buffer) {
      const decipher = createDecipheriv('aes-256-gcm', key, blob.subarray(0, 12));
      decipher.setAuthTag(blob.subarray(12, 28));
      return {
        result: Buffer.concat([decipher.update(blob.subarray(28)), decipher.final()]).toString('utf8'),
        shouldReEncrypt: false,
      };
    },
  };
}
