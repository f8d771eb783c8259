// A console call started by the clerk, single-flight: while one is in flight a repeated Enter or a double
// click is ignored (not queued), so a sale can never be sent twice from the UI. Keeps the last error.
import { useCallback, useRef, useState } from 'react';
import type { Result } from '../../../shared/api';
import type { ErrorInfo } from '../../../shared/handoff';

export interface ConsoleAction {
  pending: boolean;
  error: ErrorInfo | null;
  /** Resolves to the envelope, or to undefined when the call was ignored because one was in flight. */
  perform<T>(call: () => Promise<Result<T>>): Promise<Result<T> | undefined>;
  clearError(): void;
}

export function useConsoleAction(): ConsoleAction {
  const inFlight = useRef(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ErrorInfo | null>(null);

  const perform = useCallback(async <T>(call: () => Promise<Result<T>>) => {
    if (inFlight.current) return undefined;
    inFlight.current = true;
    setPending(true);
    try {
      const result = await call();
      setError(result.ok ? null : result.error);
      return result;
    } finally {
      inFlight.current = false;
      setPending(false);
    }
  }, []);
  const clearError = useCallback(() => setError(null), []);

  return { pending, error, perform, clearError };
}
