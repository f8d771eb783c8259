// Where the core gets the Gigastore credentials from. main implements it with safeStorage; the CLI with
// environment variables; tests in memory. Only main's process memory ever holds the secret in clear.
import type { Credentials } from '../../shared/api';

export interface CredentialVault {
  read(): Credentials | undefined;
  write(credentials: Credentials): Promise<void>;
  describe(): { configured: boolean; clientIdMasked?: string };
}

/** Enough of the client id to recognise it, not enough to use it. */
export function maskClientId(clientId: string): string {
  if (clientId.length <= 6) return '•'.repeat(clientId.length);
  return `${clientId.slice(0, 4)}…${clientId.slice(-2)}`;
}

export function memoryVault(initial?: Credentials): CredentialVault {
  let credentials = initial;
  return {
    read: () => credentials,
    async write(next) {
      credentials = next;
    },
    describe: () =>
      credentials ? { configured: true, clientIdMasked: maskClientId(credentials.clientId) } : { configured: false },
  };
}
