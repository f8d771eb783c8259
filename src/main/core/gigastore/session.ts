// One authenticated session with Gigastore: the transport, the token (cached until shortly before it
// expires, renewed once when refused), and every call's outcome told to whoever listens (the console's
// connection state). What is kept of an answer for support is redacted, the client secret included.
import type { z } from 'zod';
import { TokenSchema, type Token } from '../../../shared/gigastore';
import { Redactor } from '../log/redactor';
import { parse } from './answer-parsing';
import { GigastoreError } from './errors';
import { TokenCache } from './token';
import type { ReadSession } from './reads';
import { Transport, type Exchange, type Reply, type RetryPolicy } from './transport';

export interface ClientCredentials {
  clientId: string;
  clientSecret: string;
}

/** How one call ended: `repeatable` calls are retried by the client on network failures; the others are sent once. */
export interface CallOutcome {
  repeatable: boolean;
  /** Absent when the call succeeded. */
  error?: unknown;
}

export interface SessionOptions {
  /** Read at each authentication, so changed credentials apply without a new client. */
  credentials: () => ClientCredentials | undefined;
  timeoutMs?: number;
  connectTimeoutMs?: number;
  /** An answer larger than this is aborted unread (10 MB by default). */
  maxAnswerBytes?: number;
  retry?: Partial<RetryPolicy>;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Told how every call ended (the console's connection state learns from it). */
  onSettled?: (outcome: CallOutcome) => void;
}

/** One exchange with Gigastore, its answer validated by `schema`. */
export type Call = <S extends z.ZodType>(exchange: Exchange, schema: S) => Promise<z.output<S>>;

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class GigastoreSession {
  private readonly transport: Transport;
  private readonly redactor = new Redactor();
  private readonly tokens: TokenCache;

  constructor(
    baseUrl: URL,
    private readonly options: SessionOptions,
  ) {
    this.transport = new Transport({
      baseUrl: baseUrl.href,
      timeoutMs: options.timeoutMs ?? 20_000,
      connectTimeoutMs: options.connectTimeoutMs ?? 5_000,
      ...(options.maxAnswerBytes === undefined ? {} : { maxAnswerBytes: options.maxAnswerBytes }),
      retry: { limit: 3, baseDelayMs: 500, maxDelayMs: 30_000, ...options.retry },
      sleep: options.sleep ?? sleepFor,
    });
    this.tokens = new TokenCache(() => this.authenticate(), options.now ?? Date.now);
  }

  /** Authenticates afresh (ignoring a cached token). */
  async checkCredentials(): Promise<void> {
    this.tokens.clear();
    await this.tokens.get();
  }

  readonly call: Call = async (exchange, schema) => {
    const repeatable = exchange.retryable;
    try {
      const answer = await this.authorized(exchange, schema);
      this.options.onSettled?.({ repeatable });
      return answer;
    } catch (error) {
      this.options.onSettled?.({ repeatable, error });
      throw error;
    }
  };

  private async authorized<S extends z.ZodType>(exchange: Exchange, schema: S): Promise<z.output<S>> {
    return parse(exchange, await this.authorizedReply(exchange), schema, this.redactor);
  }

  /** Sends with the bearer token; the answer is the caller's to read (reads.ts reads it tolerantly). */
  private readonly authorizedReply = async (exchange: Exchange): Promise<Reply> => {
    for (let renewed = false; ; renewed = true) {
      const bearer = await this.token();
      const reply = await this.transport.send({
        ...exchange,
        headers: { ...exchange.headers, authorization: `Bearer ${bearer}` },
      });
      if (reply.status === 401) this.tokens.invalidate(bearer);
      // A read refused for its token is repeated once with a new one. A request that changes something is
      // not repeated here: its caller decides (the ledger looks for a sale before sending it again).
      if (reply.status === 401 && !renewed && exchange.retryable) continue;
      return reply;
    }
  };

  /** What the tolerant reads (reads.ts) share of this session: the transport, the redactor, the token. */
  readSession(): ReadSession {
    return { transport: this.transport, redactor: this.redactor, authorized: this.authorizedReply };
  }

  /** A token for a call; a failure to get one is a failure before the call's own request left. */
  private async token(): Promise<string> {
    try {
      return await this.tokens.get();
    } catch (error) {
      throw error instanceof GigastoreError ? error.beforeSending() : error;
    }
  }

  private async authenticate(): Promise<Token> {
    const credentials = this.options.credentials();
    if (!credentials) {
      throw new GigastoreError('No Gigastore credentials are set up: a manager must enter them in Settings.', {
        kind: 'config',
        endpoint: 'authentication',
      });
    }
    this.redactor.addSecret(credentials.clientSecret);
    const basic = Buffer.from(`${credentials.clientId}:${credentials.clientSecret}`).toString('base64');
    const exchange: Exchange = {
      method: 'POST',
      path: 'reseller/authenticate',
      endpoint: 'authentication',
      headers: { authorization: `Basic ${basic}` },
      retryable: true,
      secretAnswer: true,
    };
    return parse(exchange, await this.transport.send(exchange), TokenSchema, this.redactor);
  }
}
