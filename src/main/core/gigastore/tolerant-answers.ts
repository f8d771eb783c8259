// Reading the answers nobody documented (supported devices, connectivity, version) with schemas that accept
// every plausible form. When none fits, the clerk reads one sentence that says so, and nothing of the body
// travels on: not in the error's message, not as its cause (a zod error holds paths into the body), not as
// a summary; only its size and content type are kept for support.
import type { z } from 'zod';
import { GigastoreError } from './errors';
import { httpError, type Exchange, type Reply } from './transport';
import type { Redactor } from '../log/redactor';

export const UNKNOWN_FORM_SENTENCE = 'Gigastore answered in a form this version does not understand';

export function unknownFormError(exchange: Exchange, reply: Reply): GigastoreError {
  return new GigastoreError(`${UNKNOWN_FORM_SENTENCE} (${exchange.endpoint}).`, {
    kind: 'unknown-form',
    endpoint: exchange.endpoint,
    status: reply.status,
    answer: {
      length: Buffer.byteLength(reply.body),
      ...(reply.contentType ? { contentType: reply.contentType.slice(0, 100) } : {}),
    },
  });
}

export function readTolerantly<S extends z.ZodType>(
  exchange: Exchange,
  reply: Reply,
  schema: S,
  redactor: Redactor,
): z.output<S> {
  if (reply.status < 200 || reply.status >= 300) throw httpError(exchange, reply, redactor);
  let body: unknown;
  try {
    body = JSON.parse(reply.body);
  } catch {
    // A body that is not JSON goes to the schema as text: the version may come as text/plain; the other
    // schemas refuse text.
    body = reply.body;
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw unknownFormError(exchange, reply);
  return parsed.data;
}
