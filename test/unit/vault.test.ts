import { describe, expect, it } from 'vitest';
import { openSafeStorageVault, type BlobStore } from '../../src/main/glue/vault';
import { keychain } from '../support/keychain';

function memoryStore(): BlobStore & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: (key) => data[key],
    set: (key, value) => void (data[key] = value),
    delete: (key) => void delete data[key],
  };
}

/** What is sealed: the credentials, the address they were entered for, the live approval, the PIN's hash. */
const credentials = {
  clientId: 'store-client-42',
  clientSecret: 'very-secret-value',
  baseUrl: 'https://gigastore.example.net',
  liveApproved: true,
  pinHash: 'Zm9yIHRoZSB0ZXN0IG9ubHkgLSBub3QgYSByZWFsIGhhc2g=',
};

describe('the credential vault', () => {
  it('stores the credentials encrypted and reads them back after a restart', async () => {
    const store = memoryStore();
    const crypto = keychain();
    const vault = await openSafeStorageVault(store, crypto, 'linux');
    await vault.write(credentials);
    expect(JSON.stringify(store.data)).not.toContain('very-secret-value');
    expect(JSON.stringify(store.data)).not.toContain('store-client-42');
    for (const bound of ['gigastore.example.net', 'liveApproved', credentials.pinHash])
      expect(JSON.stringify(store.data)).not.toContain(bound); // inside the encryption, out of a text editor's reach
    const reopened = await openSafeStorageVault(store, crypto, 'linux');
    expect(reopened.read()).toEqual(credentials);
    expect(reopened.describe()).toEqual({
      configured: true,
      clientIdMasked: 'stor…42',
      enteredFor: 'https://gigastore.example.net',
    });
    await reopened.erase();
    expect(store.data).toEqual({});
    expect(reopened.read()).toBeUndefined();
  });

  it('tells its secret hook every client secret it holds: the one it opens with and each one written', async () => {
    const store = memoryStore();
    const crypto = keychain();
    const first: string[] = [];
    const vault = await openSafeStorageVault(store, crypto, 'linux', (secret) => first.push(secret));
    expect(first).toEqual([]);
    await vault.write(credentials);
    await vault.write({ ...credentials, clientSecret: 'the-next-secret' });
    expect(first).toEqual(['very-secret-value', 'the-next-secret']);
    const reopened: string[] = [];
    await openSafeStorageVault(store, crypto, 'linux', (secret) => reopened.push(secret));
    expect(reopened).toEqual(['the-next-secret']);
  });

  it('does not use credentials sealed without the address they were entered for (an earlier version), and says so', async () => {
    const store = memoryStore();
    const crypto = keychain();
    const sealed = await crypto.encryptStringAsync(JSON.stringify({ clientId: 'old', clientSecret: 'old-secret' }));
    store.set('credentials', sealed.toString('base64'));
    const vault = await openSafeStorageVault(store, crypto, 'linux');
    expect(vault.read()).toBeUndefined();
    expect(vault.problem).toBe(
      'The stored Gigastore credentials do not say which live address they were entered for; enter them again in Settings.',
    );
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
