import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openSafeStorageVault, type BlobStore } from '../../src/main/glue/vault';

/** safeStorage's four calls, backed by AES-256-GCM with a key that stands in for the OS keychain's. */
function keychain(backend: 'gnome_libsecret' | 'basic_text' = 'gnome_libsecret', key = randomBytes(32)) {
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

function memoryStore(): BlobStore & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return { data, get: (key) => data[key], set: (key, value) => void (data[key] = value) };
}

const credentials = { clientId: 'store-client-42', clientSecret: 'very-secret-value' };

describe('the credential vault', () => {
  it('stores the credentials encrypted and reads them back after a restart', async () => {
    const store = memoryStore();
    const crypto = keychain();
    const vault = await openSafeStorageVault(store, crypto, 'linux');
    await vault.write(credentials);
    expect(JSON.stringify(store.data)).not.toContain('very-secret-value');
    expect(JSON.stringify(store.data)).not.toContain('store-client-42');
    const reopened = await openSafeStorageVault(store, crypto, 'linux');
    expect(reopened.read()).toEqual(credentials);
    expect(reopened.describe()).toEqual({ configured: true, clientIdMasked: 'stor…42' });
  });

  it('refuses to store a secret when Linux has no keyring (basic_text), and says why', async () => {
    const store = memoryStore();
    const vault = await openSafeStorageVault(store, keychain('basic_text'), 'linux');
    await expect(vault.write(credentials)).rejects.toThrow('This computer has no keyring');
    expect(store.data).toEqual({});
    expect(vault.read()).toBeUndefined();
  });

  it('keeps credentials it cannot decrypt (another computer’s keychain) and asks for them again', async () => {
    const store = memoryStore();
    await (await openSafeStorageVault(store, keychain(), 'linux')).write(credentials);
    const blob = store.data.credentials;
    const elsewhere = await openSafeStorageVault(store, keychain(), 'linux');
    expect(elsewhere.read()).toBeUndefined();
    expect(elsewhere.problem).toBe(
      'The stored Gigastore credentials could not be decrypted on this computer; enter them again in Settings.',
    );
    expect(store.data.credentials).toBe(blob);
  });
});
