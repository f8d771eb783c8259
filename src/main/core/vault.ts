// Where the core gets the Gigastore credentials from. main implements it with safeStorage (glue/vault.ts);
// tests in memory. Only main's process memory ever holds the secret in clear.
//
// What is sealed is more than the client id and secret: the live address they were entered for (they are
// sent nowhere else), whether a manager approved live mode (settings.json alone cannot turn it on), and the
// hash of the manager PIN record they are guarded by (a PIN record swapped in by hand does not match). All
// of it is inside the encryption, so none of it can be changed by editing a file.
import { z } from 'zod';
import { CredentialsSchema } from '../../shared/api';

export const SealedCredentialsSchema = z
  .object({
    ...CredentialsSchema.shape,
    /** The live base URL the manager entered (and could test) them for. */
    baseUrl: z.string().min(1),
    /** A manager switched this counter to live mode with them. */
    liveApproved: z.boolean(),
    /** The hash of the manager PIN record in force when they were sealed. */
    pinHash: z.string().min(1),
  })
  .strict();
export type SealedCredentials = z.infer<typeof SealedCredentialsSchema>;

export interface CredentialVault {
  read(): SealedCredentials | undefined;
  write(sealed: SealedCredentials): Promise<void>;
  /** Forgets the stored credentials (the PIN reset). */
  erase(): Promise<void>;
  describe(): { configured: boolean; clientIdMasked?: string; enteredFor?: string };
}

/** Enough of the client id to recognise it, not enough to use it. */
function maskClientId(clientId: string): string {
  if (clientId.length <= 6) return '•'.repeat(clientId.length);
  return `${clientId.slice(0, 4)}…${clientId.slice(-2)}`;
}

export function describeSealed(sealed: SealedCredentials | undefined): ReturnType<CredentialVault['describe']> {
  return sealed
    ? { configured: true, clientIdMasked: maskClientId(sealed.clientId), enteredFor: sealed.baseUrl }
    : { configured: false };
}

/** The sentence when the live address is not the one the credentials were entered for. */
export function enteredElsewhere(enteredFor: string, liveBaseUrl: string): string {
  return `The Gigastore credentials were entered for ${enteredFor}; enter the secret again to use them with ${liveBaseUrl}.`;
}
