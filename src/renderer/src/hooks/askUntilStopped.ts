// The one guard of every answer the renderer waits for: an answer is handed on only while it is still
// wanted. Plain TypeScript (no React), so the rule is tested on its own.

/**
 * Starts `ask` and hands its answer to `deliver`, unless the stop function it returns ran first. An
 * effect returns that stop function as its cleanup, so it runs at unmount and before the next question.
 */
export function askUntilStopped<T>(ask: () => Promise<T>, deliver: (answer: T) => void): () => void {
  let wanted = true;
  void ask().then((answer) => {
    if (wanted) deliver(answer);
  });
  return () => {
    wanted = false;
  };
}
