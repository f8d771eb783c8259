// The renderer's one guard on answers it waits for (askUntilStopped, which useBridgeQuery and the followed
// values run in their effects): an answer is handed on while it is wanted, and dropped once the effect's
// cleanup ran, whether the component left the screen or asked a newer question meanwhile.
import { describe, expect, it } from 'vitest';
import { askUntilStopped } from '../../src/renderer/src/hooks/askUntilStopped';

/** A question whose answer comes when the test says so. */
function heldAnswer<T>() {
  let answer: (value: T) => void = () => undefined;
  const promise = new Promise<T>((resolve) => {
    answer = resolve;
  });
  return { ask: () => promise, answer };
}

/** Lets every settled promise run its callbacks. */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('askUntilStopped', () => {
  it('hands on the answer while it is still wanted', async () => {
    const held = heldAnswer<string>();
    const delivered: string[] = [];
    askUntilStopped(held.ask, (answer) => delivered.push(answer));
    held.answer('catalogue');
    await settle();
    expect(delivered).toEqual(['catalogue']);
  });

  it('drops an answer that arrives after the component left the screen (the cleanup ran)', async () => {
    const held = heldAnswer<string>();
    const delivered: string[] = [];
    const stop = askUntilStopped(held.ask, (answer) => delivered.push(answer));
    stop(); // unmount
    held.answer('late printers');
    await settle();
    expect(delivered).toEqual([]);
  });

  it('drops the late answer to an earlier question and keeps the newer one, whichever lands last', async () => {
    const first = heldAnswer<string>();
    const second = heldAnswer<string>();
    const delivered: string[] = [];
    const stopFirst = askUntilStopped(first.ask, (answer) => delivered.push(answer));
    stopFirst(); // the question changed: the effect's cleanup runs before the next question is asked
    askUntilStopped(second.ask, (answer) => delivered.push(answer));
    second.answer('sales for "4471"');
    await settle();
    first.answer('sales for "44"');
    await settle();
    expect(delivered).toEqual(['sales for "4471"']);
  });
});
