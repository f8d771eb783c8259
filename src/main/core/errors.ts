// Errors the console raises itself (as opposed to Gigastore's), and the one place every error becomes
// the `{code, message}` the renderer shows: a sentence for the clerk, never a stack trace.
import type { Result } from '../../shared/api';
import type { ErrorInfo } from '../../shared/handoff';
import { GigastoreError } from './gigastore/errors';

export class ConsoleError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ConsoleError';
  }
}

function toErrorInfo(error: unknown): ErrorInfo {
  if (error instanceof ConsoleError || error instanceof GigastoreError)
    return { code: error.code, message: error.message };
  return { code: 'internal', message: 'Something went wrong inside the console; the details are in its log.' };
}

/** Runs a call and returns its envelope: what every transport of the ConsoleApi carries. */
export async function settle<T>(call: () => Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, value: await call() };
  } catch (error) {
    return { ok: false, error: toErrorInfo(error) };
  }
}
