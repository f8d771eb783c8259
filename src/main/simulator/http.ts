// The simulator's HTTP plumbing: reading a JSON body, writing an answer, and Gigastore's error shape
// (problem+json, as third-party clients expect) for a refusal.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiAnswer } from './routes';
import { Refusal } from './store';

const MAX_BODY_BYTES = 1_000_000;

export function answerFor(error: unknown): ApiAnswer {
  if (error instanceof Refusal) {
    return {
      status: error.status,
      json: { type: 'about:blank', title: error.title, status: error.status, detail: error.detail },
    };
  }
  return {
    status: 500,
    json: { type: 'about:blank', title: 'Internal Server Error', status: 500, detail: String(error) },
  };
}

export function send(
  response: ServerResponse,
  answer: ApiAnswer & { raw?: string },
  headers: Record<string, string> = {},
): void {
  if (response.destroyed || response.headersSent) return;
  const problem = answer.status >= 400;
  const body = answer.raw ?? JSON.stringify(answer.json);
  response.writeHead(answer.status, {
    'content-type': problem ? 'application/problem+json' : 'application/json',
    'content-length': Buffer.byteLength(body),
    ...headers,
  });
  response.end(body);
}

export async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Refusal(413, 'Payload Too Large', 'The request body is too large.');
    chunks.push(chunk as Buffer);
  }
  if (size === 0) return undefined;
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new Refusal(400, 'Bad Request', 'The request body is not JSON.');
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
