// Every Gigastore answer checked against its schema before anyone uses it. What a failure keeps is the
// answer's allow-listed summary (nothing of an authentication answer) and never the body itself.
import { z } from 'zod';
import type { Redactor } from '../log/redactor';
import { GigastoreError } from './errors';
import { answerSummary, httpError, type Exchange, type Reply } from './transport';

/** For answers whose body nobody documented: any JSON, or none. */
export const AnyAnswerSchema = z.unknown();

export function parse<S extends z.ZodType>(
  exchange: Exchange,
  reply: Reply,
  schema: S,
  redactor: Redactor,
): z.output<S> {
  if (reply.status < 200 || reply.status >= 300) throw httpError(exchange, reply, redactor);
  if ((schema as z.ZodType) === AnyAnswerSchema && reply.body.trim() === '') return undefined as z.output<S>;
  let json: unknown;
  try {
    json = JSON.parse(reply.body);
  } catch {
    // No cause kept: JSON.parse's message quotes the body.
    throw invalid(exchange, reply, 'it is not JSON', undefined, redactor);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const why = describeIssue(parsed.error.issues[0]);
    throw invalid(exchange, reply, why, exchange.secretAnswer ? undefined : parsed.error, redactor);
  }
  return parsed.data;
}

function invalid(exchange: Exchange, reply: Reply, why: string, cause: unknown, redactor: Redactor): GigastoreError {
  const answer = answerSummary(exchange, reply, redactor);
  return new GigastoreError(
    `Gigastore sent an answer to ${exchange.endpoint} that this console does not understand (${why}).`,
    {
      kind: 'invalid-response',
      endpoint: exchange.endpoint,
      status: reply.status,
      ...(answer === undefined ? {} : { answer }),
      ...(cause === undefined ? {} : { cause }),
    },
  );
}

function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'unexpected shape';
  const where = issue.path.length ? issue.path.join('.') : 'the body';
  if (issue.code === 'invalid_type' && issue.input === undefined) return `${where} is missing`;
  return `${where}: ${issue.message}`;
}
