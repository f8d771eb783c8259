// A question to main whose answer the screen shows: asked when the question changes (or its generation
// moves: "ask again"), and answered only to a component still on screen that still asks it. An answer
// that comes back after the question changed, or after the component left, is dropped: arriving late, it
// would otherwise overwrite the answer to a newer question (a slow search answering after a faster one).
import { useEffect, useState } from 'react';
import type { Result } from '../../../shared/api';
import type { ConsoleBridge } from '../../../shared/channels';
import type { ErrorInfo } from '../../../shared/handoff';
import { askUntilStopped } from './askUntilStopped';
import { useBridge } from './useConsole';

/** What a screen shows for a question: its answer, that one is on its way, or why it failed. */
export type Load<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: ErrorInfo };

/** `idle`: there is no question to ask (nothing typed yet, an impossible date range). */
export type QueryLoad<T> = Load<T> | { status: 'idle' };

/** The answer kept, with the question it answered (not necessarily the question asked now). */
interface Answered<T> {
  key: string;
  generation: number;
  result: Result<T>;
}

interface QueryOptions {
  /** Moves to ask the same question again (a reload, or main said that something changed). */
  generation?: number;
  /**
   * While the answer to a new question is on its way (or there is none to ask), keep showing the last
   * answer, to whatever question: rows that do not flash while the clerk types. Otherwise: loading.
   */
  keepStale?: boolean;
  /** A failed answer is not kept: the previous answer stays (where failing only loses a convenience). */
  ignoreFailures?: boolean;
}

/**
 * Asks main `question` (null: nothing to ask) through `ask`, and keeps the answer. The question is
 * compared by value (as JSON), so a new object with the same content does not ask again. `ask` must be
 * stable (defined outside the component, or memoized): a new function asks again.
 */
export function useBridgeQuery<Q, T>(
  question: Q | null,
  ask: (bridge: ConsoleBridge, question: Q) => Promise<Result<T>>,
  { generation = 0, keepStale = false, ignoreFailures = false }: QueryOptions = {},
): QueryLoad<T> {
  const bridge = useBridge();
  const [answered, setAnswered] = useState<Answered<T> | null>(null);
  const key = question === null ? null : JSON.stringify(question);

  useEffect(() => {
    if (key === null) return;
    const asked = JSON.parse(key) as Q;
    return askUntilStopped(
      () => ask(bridge, asked),
      (result) => {
        if (ignoreFailures && !result.ok) return;
        setAnswered({ key, generation, result });
      },
    );
  }, [bridge, ask, key, generation, ignoreFailures]);

  return loadOf(answered, key, generation, keepStale);
}

function loadOf<T>(
  answered: Answered<T> | null,
  key: string | null,
  generation: number,
  keepStale: boolean,
): QueryLoad<T> {
  if (key === null && !keepStale) return { status: 'idle' };
  if (!answered) return { status: 'loading' };
  const sameQuestion = answered.key === key;
  if (!sameQuestion && !keepStale) return { status: 'loading' };
  if (answered.result.ok) return { status: 'ready', value: answered.result.value };
  // A failure shows only for the question asked now; asking again (a reload) says "loading" meanwhile.
  return sameQuestion && answered.generation === generation
    ? { status: 'error', error: answered.result.error }
    : { status: 'loading' };
}
