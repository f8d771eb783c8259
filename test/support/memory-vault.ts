// A credential vault in memory, for tests and benchmarks: the app's vault (glue/vault.ts) seals the same
// record with the operating system's keychain.
import {
  describeSealed,
  SealedCredentialsSchema,
  type CredentialVault,
  type SealedCredentials,
} from '../../src/main/core/vault';

export function memoryVault(initial?: SealedCredentials): CredentialVault {
  let sealed = initial && SealedCredentialsSchema.parse(initial);
  return {
    read: () => sealed,
    async write(next) {
      sealed = SealedCredentialsSchema.parse(next);
    },
    async erase() {
      sealed = undefined;
    },
    describe: () => describeSealed(sealed),
  };
}
