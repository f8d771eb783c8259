// The simulator's HTTP plumbing: reading a JSON body, writing an answer, and Gigastore's error shape
// (problem+json, as third-party clients expect) for a refusal.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiAnswer } from './route';
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

/**
 * Answers 200 with a valid JSON inventory of exactly `sizeBytes` bytes, written in chunks as the client
 * takes them (so the simulator itself never holds it), until done or until the client hangs up. Resolves
 * with the bytes that reached the connection: far fewer than `sizeBytes` when the client stopped reading.
 */
export async function sendLargeJson(response: ServerResponse, sizeBytes: number, announceLength: boolean) {
  const socket = response.socket;
  const head = '{"items":[';
  const item = '{"id":"filler","name":"A package listed to make the answer large","sizeValue":1},';
  const tail = (pad: number) => `{"id":"end","name":"${'x'.repeat(pad)}","sizeValue":1}]}`;
  const items = Math.max(0, Math.floor((sizeBytes - head.length - tail(0).length) / item.length));
  const pad = Math.max(0, sizeBytes - head.length - tail(0).length - items * item.length);
  response.writeHead(200, {
    'content-type': 'application/json',
    ...(announceLength ? { 'content-length': head.length + items * item.length + tail(pad).length } : {}),
  });
  const chunkItems = 1024;
  const chunk = item.repeat(chunkItems);
  response.write(head);
  for (let written = 0; written < items && !response.destroyed; written += chunkItems) {
    const more = response.write(items - written >= chunkItems ? chunk : item.repeat(items - written));
    if (!more) await drainedOrClosed(response);
  }
  if (!response.destroyed) await new Promise<void>((resolve) => response.end(tail(pad), resolve));
  return socket?.bytesWritten ?? 0;
}

function drainedOrClosed(response: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      response.off('drain', done);
      response.off('close', done);
      resolve();
    };
    response.on('drain', done);
    response.on('close', done);
  });
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
