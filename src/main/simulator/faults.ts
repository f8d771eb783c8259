// Per-request faults the simulator can be told to inject, so tests (and a hidden demo control) can prove
// what the console does when Gigastore is slow, down, rate limiting, garbled, or commits a sale and never
// answers. The named faults of a whole imperfect Gigastore (late charges, a lagging list...) are in named-faults.ts.
import type { ServerResponse } from 'node:http';
import { z } from 'zod';
import { answerFor, send, sendLargeJson, sleep } from './http';
import type { ApiAnswer } from './route';
import { Refusal } from './store';

export const FaultSchema = z
  .object({
    /** Which requests: an HTTP method and/or a substring of the path. Unset matches every API request. */
    method: z.enum(['GET', 'POST']).optional(),
    path: z.string().optional(),
    /** How many matching requests suffer it. */
    times: z.number().int().positive().default(1),
    /**
     * status     answer with `status` (and Retry-After when `retryAfterSeconds` is set)
     * reset      destroy the connection without an answer
     * hang       never answer
     * delay      wait `delayMs`, then answer normally
     * malformed  answer 200 with a body that is not JSON
     * schema     answer 200 with JSON that lacks every required field
     * answer     answer `status` (200 unless set) with `body` as JSON, as given: an odd or hostile answer
     * oversized  answer 200 with valid JSON of `sizeBytes` bytes, streamed (its length announced only
     *            when `announceLength`): an answer too large to read
     */
    action: z.enum(['status', 'reset', 'hang', 'delay', 'malformed', 'schema', 'answer', 'oversized']),
    status: z.number().int().min(200).max(599).optional(),
    retryAfterSeconds: z.number().int().nonnegative().optional(),
    delayMs: z.number().int().nonnegative().optional(),
    body: z.unknown().optional(),
    sizeBytes: z
      .number()
      .int()
      .positive()
      .max(2 ** 32)
      .optional(),
    announceLength: z.boolean().default(false),
    /** Process the request (charge the sale) before the fault takes effect. */
    commit: z.boolean().default(false),
  })
  .strict()
  .refine((fault) => fault.action !== 'status' || (fault.status ?? 503) >= 400, {
    message: 'A status fault answers an error: its status must be 400 to 599.',
    path: ['status'],
  });
type Fault = z.infer<typeof FaultSchema>;
type FaultInput = z.input<typeof FaultSchema>;

export class FaultPlan {
  private faults: Fault[] = [];
  /** For each oversized answer, the bytes that reached the connection: shows whether the client stopped reading. */
  readonly oversizedBytesSent: number[] = [];

  add(input: FaultInput): void {
    this.faults.push(FaultSchema.parse(input));
  }

  clear(): void {
    this.faults = [];
  }

  get pending(): number {
    return this.faults.reduce((sum, fault) => sum + fault.times, 0);
  }

  /** The first fault matching the request, used up by one. */
  take(method: string, path: string): Fault | undefined {
    const index = this.faults.findIndex(
      (fault) => (!fault.method || fault.method === method) && (!fault.path || path.includes(fault.path)),
    );
    if (index < 0) return undefined;
    const fault = this.faults[index] as Fault;
    if (fault.times <= 1) this.faults.splice(index, 1);
    else this.faults[index] = { ...fault, times: fault.times - 1 };
    return fault;
  }
}

/** Applies a fault; true when the fault answered (or refused to answer) instead of the normal path. */
export async function applyRequestFault(
  fault: Fault,
  response: ServerResponse,
  answer: ApiAnswer | undefined,
  plan?: FaultPlan,
): Promise<boolean> {
  switch (fault.action) {
    case 'delay':
      await sleep(fault.delayMs ?? 1000);
      if (answer) send(response, answer);
      return answer !== undefined;
    case 'reset':
      response.socket?.destroy();
      return true;
    case 'hang':
      return true;
    case 'malformed':
      send(response, { status: 200, json: undefined, raw: '{"items": [ {"id": "broken' });
      return true;
    case 'schema':
      send(response, { status: 200, json: { unexpected: true } });
      return true;
    case 'answer':
      send(response, { status: fault.status ?? 200, json: fault.body });
      return true;
    case 'oversized':
      plan?.oversizedBytesSent.push(
        await sendLargeJson(response, fault.sizeBytes ?? 11 * 1024 * 1024, fault.announceLength),
      );
      return true;
    case 'status': {
      const status = fault.status ?? 503;
      const headers: Record<string, string> =
        fault.retryAfterSeconds === undefined ? {} : { 'retry-after': String(fault.retryAfterSeconds) };
      send(response, answerFor(new Refusal(status, 'Injected fault', `The simulator answers ${status}.`)), headers);
      return true;
    }
  }
}
