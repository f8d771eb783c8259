// The credential vault of the app: the client id and secret, with the live address they were entered for,
// the manager's approval of live mode and the PIN record they are guarded by (see core/vault), encrypted
// with Electron's safeStorage (the OS keychain / DPAPI / libsecret), stored as one opaque blob in its own
// file (vault.json), decrypted once at start-up into main's memory. On Linux without a keyring safeStorage
// would only obfuscate (`basic_text`): then the vault refuses to store a secret and says why.
import type { SafeStorage } from 'electron';
import { ConsoleError } from '../core/errors';
import { describeSealed, SealedCredentialsSchema, type CredentialVault, type SealedCredentials } from '../core/vault';

type Crypto = Pick<
  SafeStorage,
  'encryptStringAsync' | 'decryptStringAsync' | 'isAsyncEncryptionAvailable' | 'getSelectedStorageBackend'
>;

export interface BlobStore {
  get(key: 'credentials'): unknown;
  set(key: 'credentials', value: string): void;
  delete(key: 'credentials'): void;
}

export interface OpenedVault extends CredentialVault {
  /** A sentence when the stored credentials could not be read back (they are kept, not deleted). */
  readonly problem: string | undefined;
}

/**
 * `secret` is told every client secret the vault holds, the one it opens with and each one written, before
 * anything else can see it: the log's redactor registers them.
 */
export async function openSafeStorageVault(
  store: BlobStore,
  crypto: Crypto,
  platform: NodeJS.Platform,
  secret: (value: string) => void = () => undefined,
): Promise<OpenedVault> {
  let credentials: SealedCredentials | undefined;
  let problem: string | undefined;
  const blob = store.get('credentials');
  if (typeof blob === 'string' && blob.length > 0) {
    let opened: unknown;
    try {
      opened = JSON.parse((await crypto.decryptStringAsync(Buffer.from(blob, 'base64'))).result);
    } catch {
      problem =
        'The stored Gigastore credentials could not be decrypted on this computer; enter them again in Settings.';
    }
    const parsed = SealedCredentialsSchema.safeParse(opened);
    if (parsed.success) {
      credentials = parsed.data;
      secret(credentials.clientSecret);
    } else if (!problem) {
      // Sealed by an earlier version, which did not bind them to an address: they are not sent anywhere.
      problem =
        'The stored Gigastore credentials do not say which live address they were entered for; enter them again in Settings.';
    }
  }

  return {
    problem,
    read: () => credentials,
    async write(next) {
      const valid = SealedCredentialsSchema.parse(next);
      secret(valid.clientSecret);
      await refuseWeakEncryption(crypto, platform);
      const sealed = await crypto.encryptStringAsync(JSON.stringify(valid));
      store.set('credentials', sealed.toString('base64'));
      credentials = valid;
    },
    async erase() {
      store.delete('credentials');
      credentials = undefined;
    },
    describe: () => describeSealed(credentials),
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
