// The Gigastore reseller API client: authentication, the endpoints the counter uses, and validation of
// every answer against the shared schemas. A 401 on a read renews the token once and repeats the read.
// Nothing is repeated for a state-changing request: a 401 to one renews the token for the next call and
// is reported, and the caller decides.
import type { z } from 'zod';
import {
  ActivatedItemListSchema,
  ActivatedItemSchema,
  CountryListSchema,
  CustomerDetailsSchema,
  InventoryResponseSchema,
  RegisterRequestSchema,
  RegisterResponseSchema,
  SearchCustomersResponseSchema,
  TokenSchema,
  TopUpRequestSchema,
  TopUpResponseSchema,
  TopUpWithProfileRequestSchema,
  type ActivatedItem,
  type CustomerDetails,
  type InventoryItem,
  type RegisterRequest,
  type RegisterResponse,
  type SearchCustomersRequest,
  type Token,
  type TopUpRequest,
  type TopUpResponse,
  type TopUpWithProfileRequest,
} from '../../../shared/gigastore';
import { Redactor } from '../log/redactor';
import { AnyAnswerSchema, parse } from './answer-parsing';
import { GigastoreError } from './errors';
import { TokenCache } from './token';
import { Transport, type Exchange, type RetryPolicy } from './transport';

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

export interface GigastoreClientOptions {
  baseUrl: string;
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

export interface GigastoreClient {
  readonly baseUrl: string;
  /** Authenticates afresh (ignoring a cached token): proves the credentials work. */
  checkCredentials(): Promise<void>;
  inventory(): Promise<InventoryItem[]>;
  register(request: RegisterRequest, idempotencyKey: string): Promise<RegisterResponse>;
  customer(uid: string): Promise<CustomerDetails>;
  searchCustomers(search: Omit<SearchCustomersRequest, 'pageSize' | 'pageIndex'>): Promise<CustomerDetails[]>;
  activatedItems(range: { from: string; to?: string }): Promise<ActivatedItem[]>;
  activatedItem(uid: string): Promise<ActivatedItem>;
  /** Another package for an existing customer (no new eSIM). */
  topUp(request: TopUpRequest, idempotencyKey: string): Promise<TopUpResponse>;
  /** A package on a new eSIM for an existing customer (a new phone). */
  topUpWithProfile(request: TopUpWithProfileRequest, idempotencyKey: string): Promise<RegisterResponse>;
  /** Refunds an unused package; says which of the two refund paths Gigastore answered on. */
  refund(activatedItemUid: string): Promise<{ path: string }>;
  /** Starts an ON_DEMAND package now. */
  activateItem(activatedItemUid: string): Promise<ActivatedItem>;
  /** ISO codes of the countries a coverage set includes. */
  countries(countrySet: string): Promise<string[]>;
}

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createGigastoreClient(options: GigastoreClientOptions): GigastoreClient {
  let baseUrl: URL;
  try {
    baseUrl = new URL(options.baseUrl);
  } catch {
    throw new GigastoreError(`The Gigastore address "${options.baseUrl}" is not a URL.`, {
      kind: 'config',
      endpoint: 'settings',
    });
  }
  const transport = new Transport({
    baseUrl: baseUrl.href,
    timeoutMs: options.timeoutMs ?? 20_000,
    connectTimeoutMs: options.connectTimeoutMs ?? 5_000,
    ...(options.maxAnswerBytes === undefined ? {} : { maxAnswerBytes: options.maxAnswerBytes }),
    retry: { limit: 3, baseDelayMs: 500, maxDelayMs: 30_000, ...options.retry },
    sleep: options.sleep ?? sleepFor,
  });
  // What is kept of an answer for support is redacted by pattern and key name, and of the client secret.
  const redactor = new Redactor();

  async function authenticate(): Promise<Token> {
    const credentials = options.credentials();
    if (!credentials) {
      throw new GigastoreError('No Gigastore credentials are set up: a manager must enter them in Settings.', {
        kind: 'config',
        endpoint: 'authentication',
      });
    }
    redactor.addSecret(credentials.clientSecret);
    const basic = Buffer.from(`${credentials.clientId}:${credentials.clientSecret}`).toString('base64');
    const exchange: Exchange = {
      method: 'POST',
      path: 'reseller/authenticate',
      endpoint: 'authentication',
      headers: { authorization: `Basic ${basic}` },
      retryable: true,
      secretAnswer: true,
    };
    return parse(exchange, await transport.send(exchange), TokenSchema, redactor);
  }

  const tokens = new TokenCache(authenticate, options.now ?? Date.now);

  /** A token for a call; a failure to get one is a failure before the call's own request left. */
  async function token(): Promise<string> {
    try {
      return await tokens.get();
    } catch (error) {
      throw error instanceof GigastoreError ? error.beforeSending() : error;
    }
  }

  async function call<S extends z.ZodType>(exchange: Exchange, schema: S): Promise<z.output<S>> {
    const repeatable = exchange.retryable;
    try {
      const answer = await authorizedCall(exchange, schema);
      options.onSettled?.({ repeatable });
      return answer;
    } catch (error) {
      options.onSettled?.({ repeatable, error });
      throw error;
    }
  }

  async function authorizedCall<S extends z.ZodType>(exchange: Exchange, schema: S): Promise<z.output<S>> {
    for (let renewed = false; ; renewed = true) {
      const bearer = await token();
      const reply = await transport.send({
        ...exchange,
        headers: { ...exchange.headers, authorization: `Bearer ${bearer}` },
      });
      if (reply.status === 401) tokens.invalidate(bearer);
      // A read refused for its token is repeated once with a new one. A request that changes something is
      // not repeated here: its caller decides (the ledger looks for a sale before sending it again).
      if (reply.status === 401 && !renewed && exchange.retryable) continue;
      return parse(exchange, reply, schema, redactor);
    }
  }

  return {
    baseUrl: baseUrl.href,
    async checkCredentials() {
      tokens.clear();
      await tokens.get();
    },
    async inventory() {
      const { items } = await call(
        { method: 'GET', path: 'gigastore/products/inventory', endpoint: 'the inventory', retryable: true },
        InventoryResponseSchema,
      );
      return items;
    },
    register(request, idempotencyKey) {
      const body = RegisterRequestSchema.parse(request);
      return call(
        {
          method: 'POST',
          path: 'gigastore/activations/register',
          endpoint: 'the activation',
          json: body,
          headers: { 'idempotency-key': idempotencyKey.slice(0, 64) },
          retryable: false,
        },
        RegisterResponseSchema,
      );
    },
    customer(uid) {
      return call(
        {
          method: 'GET',
          path: `gigastore/activations/customers/${encodeURIComponent(uid)}`,
          endpoint: 'the customer',
          retryable: true,
        },
        CustomerDetailsSchema,
      );
    },
    async searchCustomers(search) {
      const { customers } = await call(
        {
          method: 'POST',
          path: 'gigastore/activations/search-customers',
          endpoint: 'the customer search',
          json: { pageSize: 50, pageIndex: 0, ...search },
          // A search changes nothing on Gigastore, so it is as safe to repeat as a GET.
          retryable: true,
        },
        SearchCustomersResponseSchema,
      );
      return customers;
    },
    activatedItems(range) {
      return call(
        {
          method: 'GET',
          path: 'gigastore/activations/activated-items',
          endpoint: 'the sales list',
          searchParams: { ...range, sort_dir: 'ASC', sort_by: 'DATE' },
          retryable: true,
        },
        ActivatedItemListSchema,
      );
    },
    topUp(request, idempotencyKey) {
      return call(
        {
          method: 'POST',
          path: 'gigastore/activations/top-up',
          endpoint: 'the top-up',
          json: TopUpRequestSchema.parse(request),
          headers: { 'idempotency-key': idempotencyKey.slice(0, 64) },
          retryable: false,
        },
        TopUpResponseSchema,
      );
    },
    topUpWithProfile(request, idempotencyKey) {
      return call(
        {
          method: 'POST',
          path: 'gigastore/activations/top-up-with-profile',
          endpoint: 'the new eSIM',
          json: TopUpWithProfileRequestSchema.parse(request),
          headers: { 'idempotency-key': idempotencyKey.slice(0, 64) },
          retryable: false,
        },
        RegisterResponseSchema,
      );
    },
    async refund(activatedItemUid) {
      // The docs print the refund path without the /gigastore prefix every other path has. The prefixed
      // one is tried first; only a 404 (no such path: nothing refunded) falls back to the documented one.
      const uid = encodeURIComponent(activatedItemUid);
      for (const path of [
        `gigastore/activations/activated-items/${uid}/refund`,
        `activations/activated-items/${uid}/refund`,
      ]) {
        try {
          await call({ method: 'POST', path, endpoint: 'the refund', retryable: false }, AnyAnswerSchema);
          return { path: `/${path.replace(uid, '{uid}')}` };
        } catch (error) {
          if (!(error instanceof GigastoreError && error.status === 404 && path.startsWith('gigastore/'))) throw error;
        }
      }
      throw new GigastoreError('Gigastore has no refund path this console knows.', {
        kind: 'http',
        endpoint: 'the refund',
        status: 404,
      });
    },
    activateItem(activatedItemUid) {
      return call(
        {
          method: 'POST',
          path: `gigastore/activations/activated-items/${encodeURIComponent(activatedItemUid)}/activate`,
          endpoint: 'the package activation',
          retryable: false,
        },
        ActivatedItemSchema,
      );
    },
    async countries(countrySet) {
      const list = await call(
        {
          method: 'GET',
          path: `gigastore/esim/countries/${encodeURIComponent(countrySet)}`,
          endpoint: 'the coverage countries',
          retryable: true,
        },
        CountryListSchema,
      );
      return list.map((country) => country.code.toUpperCase());
    },
    activatedItem(uid) {
      return call(
        {
          method: 'GET',
          path: `gigastore/activations/activated-items/${encodeURIComponent(uid)}`,
          endpoint: 'the sold package',
          retryable: true,
        },
        ActivatedItemSchema,
      );
    },
  };
}
