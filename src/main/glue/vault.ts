// The credential vault of the app: the client id and secret encrypted with Electron's safeStorage (the
// OS keychain / DPAPI / libsecret), stored as one opaque blob in its own file (vault.json), decrypted
// once at start-up into main's memory. On Linux without a keyring safeStorage would only obfuscate
// (`basic_text`): then the vault refuses to store a secret and says why.
import type { SafeStorage } from 'electron';
import { CredentialsSchema, type Credentials } from '../../shared/api';
import { ConsoleError } from '../core/errors';
import { maskClientId, type CredentialVault } from '../core/vault';

type Crypto = Pick<
  SafeStorage,
  'encryptStringAsync' | 'decryptStringAsync' | 'isAsyncEncryptionAvailable' | 'getSelectedStorageBackend'
>;

export interface BlobStore {
  get(key: 'credentials'): unknown;
  set(key: 'credentials', value: string): void;
}

export interface OpenedVault extends CredentialVault {
  /** A sentence when the stored credentials could not be read back (they are kept, not deleted). */
  readonly problem: string | undefined;
}

export async function openSafeStorageVault(
  store: BlobStore,
  crypto: Crypto,
  platform: NodeJS.Platform,
): Promise<OpenedVault> {
  let credentials: Credentials | undefined;
  let problem: string | undefined;
  const blob = store.get('credentials');
  if (typeof blob === 'string' && blob.length > 0) {
    try {
      const { result } = await crypto.decryptStringAsync(Buffer.from(blob, 'base64'));
      credentials = CredentialsSchema.parse(JSON.parse(result));
    } catch {
      problem =
        'The stored Gigastore credentials could not be decrypted on this computer; enter them again in Settings.';
    }
  }

  return {
    problem,
    read: () => credentials,
    async write(next) {
      await refuseWeakEncryption(crypto, platform);
      const sealed = await crypto.encryptStringAsync(JSON.stringify(CredentialsSchema.parse(next)));
      store.set('credentials', sealed.toString('base64'));
      credentials = next;
    },
    describe: () =>
      credentials ? { configured: true, clientIdMasked: maskClientId(credentials.clientId) } : { configured: false },
  };
}

async function refuseWeakEncryption(crypto: Crypto, platform: NodeJS.Platform): Promise<void> {
  if (platform === 'linux' && crypto.getSelectedStorageBackend() === 'basic_text') {
    throw new ConsoleError(
      'vault.plain-text',
      'This computer has no keyring (such as GNOME Keyring or KWallet), so the secret would be stored almost in plain text; install or unlock a keyring, then enter the credentials again.',
    );
  }
  if (!(await crypto.isAsyncEncryptionAvailable())) {
    throw new ConsoleError(
      'vault.unavailable',
      'The operating system offers no encryption for secrets right now, so the credentials were not stored.',
    );
  }
}
