// One HTTP exchange with Gigastore through got, and the retry policy for requests that are safe to repeat.
// got's own retry is off: the policy here decides per request (reads retry; the register POST never does)
// and classifies every failure into a GigastoreError, including whether the request may have been acted on.
// An answer is read only up to a size cap: past it the exchange is aborted while the answer streams in.
import got, { RequestError, TimeoutError, type Got, type Progress } from 'got';
import type { Redactor } from '../log/redactor';
import { answerSentence, summarizeAnswer } from './answer-summary';
import { GigastoreError, httpErrorSentence } from './errors';

/** The default size cap of one answer: Gigastore's largest documented answer (the inventory) is far smaller. */
const MAX_ANSWER_BYTES = 10 * 1024 * 1024;

interface TransportOptions {
  baseUrl: string;
  /** Time allowed for the whole exchange once connected. */
  timeoutMs: number;
  connectTimeoutMs: number;
  /** An answer larger than this is aborted unread (MAX_ANSWER_BYTES by default). */
  maxAnswerBytes?: number;
  retry: RetryPolicy;
  sleep: (ms: number) => Promise<void>;
}

export interface RetryPolicy {
  /** Extra attempts after the first. */
  limit: number;
  baseDelayMs: number;
  /** Longest wait between attempts, and the longest Retry-After honoured by waiting. */
  maxDelayMs: number;
}

export interface Exchange {
  method: 'GET' | 'POST';
  /** Path without a leading slash, relative to the base URL. */
  path: string;
  /** What the clerk's sentence calls it, e.g. "the inventory". */
  endpoint: string;
  headers?: Record<string, string>;
  json?: unknown;
  searchParams?: Record<string, string>;
  /** Only requests that change nothing may be repeated automatically. */
  retryable: boolean;
  /** The answer carries credentials (authentication): nothing of it is kept, logged or quoted. */
  secretAnswer?: boolean;
}

export interface Reply {
  status: number;
  body: string;
  contentType?: string;
  retryAfterMs?: number;
}

const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH']);
const BEFORE_SENDING_EVENTS = new Set(['lookup', 'socket', 'connect', 'secureConnect']);
const RETRY_STATUSES = new Set([408, 429, 500, 502, 503, 504]);

function retryAfterMs(header: string | string[] | undefined, now = Date.now()): number | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

export class Transport {
  private readonly http: Got;

  constructor(private readonly options: TransportOptions) {
    const prefixUrl = options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`;
    this.http = got.extend({
      prefixUrl,
      throwHttpErrors: false,
      retry: { limit: 0 },
      followRedirect: false,
      responseType: 'text',
      timeout: {
        lookup: options.connectTimeoutMs,
        connect: options.connectTimeoutMs,
        secureConnect: options.connectTimeoutMs,
        request: options.timeoutMs,
      },
      headers: { 'user-agent': 'esim-counter', accept: 'application/json, application/problem+json' },
    });
  }

  /** Sends once, or (for retryable exchanges) until a non-retryable outcome or the retry limit. */
  async send(exchange: Exchange): Promise<Reply> {
    const { limit, baseDelayMs, maxDelayMs } = this.options.retry;
    for (let attempt = 0; ; attempt++) {
      try {
        const reply = await this.sendOnce(exchange);
        if (!exchange.retryable || attempt >= limit || !RETRY_STATUSES.has(reply.status)) return reply;
        if (reply.retryAfterMs !== undefined && reply.retryAfterMs > maxDelayMs) return reply;
        await this.options.sleep(reply.retryAfterMs ?? backoff(attempt, baseDelayMs, maxDelayMs));
      } catch (error) {
        const retryableFailure =
          error instanceof GigastoreError && ['unreachable', 'network', 'timeout'].includes(error.kind);
        if (!exchange.retryable || attempt >= limit || !retryableFailure) throw error;
        await this.options.sleep(backoff(attempt, baseDelayMs, maxDelayMs));
      }
    }
  }

  private async sendOnce(exchange: Exchange): Promise<Reply> {
    const cap = this.options.maxAnswerBytes ?? MAX_ANSWER_BYTES;
    const abort = new AbortController();
    let tooLarge = false;
    // The announced length (the first progress event carries it) or the bytes read so far, decompressed:
    // whichever passes the cap first stops the answer before more of it is held in memory.
    const watch = ({ transferred, total }: Progress) => {
      if (tooLarge || (transferred <= cap && (total ?? 0) <= cap)) return;
      tooLarge = true;
      abort.abort();
    };
    try {
      const request = this.http(exchange.path, {
        method: exchange.method,
        signal: abort.signal,
        ...(exchange.headers ? { headers: exchange.headers } : {}),
        ...(exchange.json !== undefined ? { json: exchange.json } : {}),
        ...(exchange.searchParams ? { searchParams: exchange.searchParams } : {}),
      });
      request.on('downloadProgress', watch);
      const response = await request;
      // A last guard: the body got assembled is never handed on when it is over the cap.
      if (tooLarge || Buffer.byteLength(response.body) > cap) throw new AnswerTooLarge();
      const wait = retryAfterMs(response.headers['retry-after']);
      const contentType = response.headers['content-type'];
      return {
        status: response.statusCode,
        body: response.body,
        ...(contentType ? { contentType } : {}),
        ...(wait === undefined ? {} : { retryAfterMs: wait }),
      };
    } catch (error) {
      throw this.classify(tooLarge ? new AnswerTooLarge() : error, exchange);
    }
  }

  private classify(error: unknown, exchange: Exchange): GigastoreError {
    if (error instanceof AnswerTooLarge) {
      return new GigastoreError(
        `Gigastore sent an answer larger than ${size(this.options.maxAnswerBytes ?? MAX_ANSWER_BYTES)} to ${exchange.endpoint}; it was not read.`,
        { kind: 'too-large', endpoint: exchange.endpoint },
      );
    }
    const host = new URL(this.options.baseUrl).host;
    if (error instanceof TimeoutError) {
      if (BEFORE_SENDING_EVENTS.has(error.event)) {
        return new GigastoreError(
          `Cannot reach Gigastore at ${host} (no connection in time). Check the store's internet connection.`,
          {
            kind: 'unreachable',
            endpoint: exchange.endpoint,
            cause: error,
          },
        );
      }
      return new GigastoreError(
        `Gigastore did not answer ${exchange.endpoint} within ${seconds(this.options.timeoutMs)} s.`,
        { kind: 'timeout', endpoint: exchange.endpoint, cause: error },
      );
    }
    const code = error instanceof RequestError ? error.code : undefined;
    if (code && UNREACHABLE_CODES.has(code)) {
      return new GigastoreError(`Cannot reach Gigastore at ${host} (${code}). Check the store's internet connection.`, {
        kind: 'unreachable',
        endpoint: exchange.endpoint,
        cause: error,
      });
    }
    return new GigastoreError(
      `The connection to Gigastore broke during ${exchange.endpoint}${code ? ` (${code})` : ''}.`,
      { kind: 'network', endpoint: exchange.endpoint, cause: error },
    );
  }
}

/** Marks an exchange aborted for the size of its answer (got reports the abort as any other). */
class AnswerTooLarge extends Error {}

const size = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${+(bytes / 1024 / 1024).toFixed(1)} MB` : `${+(bytes / 1024).toFixed(1)} KB`;

const seconds = (ms: number) => (ms < 10_000 ? (ms / 1000).toFixed(1) : String(Math.round(ms / 1000)));

/** Exponential back-off with full jitter, capped. */
function backoff(attempt: number, baseDelayMs: number, maxDelayMs: number): number {
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** attempt);
  return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
}

/**
 * What support may keep of an answer: its allow-listed summary, or nothing at all for an authentication
 * answer (a token may be in any of its fields, under any name).
 */
export function answerSummary(exchange: Exchange, reply: Reply, redactor: Redactor) {
  return exchange.secretAnswer ? undefined : summarizeAnswer(reply.body, reply.contentType, redactor);
}

export function httpError(exchange: Exchange, reply: Reply, redactor: Redactor): GigastoreError {
  const answer = answerSummary(exchange, reply, redactor);
  return new GigastoreError(httpErrorSentence(reply.status, answerSentence(answer), reply.retryAfterMs), {
    kind: reply.status === 401 || reply.status === 403 ? 'auth' : 'http',
    endpoint: exchange.endpoint,
    status: reply.status,
    ...(answer === undefined ? {} : { answer }),
    ...(reply.retryAfterMs === undefined ? {} : { retryAfterMs: reply.retryAfterMs }),
  });
}
