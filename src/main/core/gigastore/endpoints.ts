// The Gigastore endpoints the counter uses, each one exchange validated against its shared schema. Reads
// may be repeated (by the transport on network failures, once after a refused token); the requests that
// cost money or change a package are sent once and never repeated here: their caller decides.
import type { z } from 'zod';
import {
  ActivatedItemListSchema,
  ActivatedItemSchema,
  CustomerDetailsSchema,
  InventoryResponseSchema,
  RegisterRequestSchema,
  RegisterResponseSchema,
  SearchCustomersResponseSchema,
  TopUpRequestSchema,
  TopUpResponseSchema,
  TopUpWithProfileRequestSchema,
  type ActivatedItem,
  type CustomerDetails,
  type InventoryItem,
  type RegisterRequest,
  type RegisterResponse,
  type SearchCustomersRequest,
  type TopUpRequest,
  type TopUpResponse,
  type TopUpWithProfileRequest,
} from '../../../shared/gigastore';
import { AnyAnswerSchema } from './answer-parsing';
import { GigastoreError } from './errors';
import type { Call } from './session';

/** What the counter reads from Gigastore: safe to repeat. */
export interface GigastoreReads {
  inventory(): Promise<InventoryItem[]>;
  customer(uid: string): Promise<CustomerDetails>;
  searchCustomers(search: Omit<SearchCustomersRequest, 'pageSize' | 'pageIndex'>): Promise<CustomerDetails[]>;
  activatedItems(range: { from: string; to?: string }): Promise<ActivatedItem[]>;
  activatedItem(uid: string): Promise<ActivatedItem>;
}

/** What costs money or changes a package: sent once. */
export interface GigastoreMoneyCalls {
  register(request: RegisterRequest, idempotencyKey: string): Promise<RegisterResponse>;
  /** Another package for an existing customer (no new eSIM). */
  topUp(request: TopUpRequest, idempotencyKey: string): Promise<TopUpResponse>;
  /** A package on a new eSIM for an existing customer (a new phone). */
  topUpWithProfile(request: TopUpWithProfileRequest, idempotencyKey: string): Promise<RegisterResponse>;
  /** Refunds an unused package; says which of the two refund paths Gigastore answered on. */
  refund(activatedItemUid: string): Promise<{ path: string }>;
  /** Starts an ON_DEMAND package now. */
  activateItem(activatedItemUid: string): Promise<ActivatedItem>;
}

export function readEndpoints(call: Call): GigastoreReads {
  return {
    async inventory() {
      const { items } = await call(
        { method: 'GET', path: 'gigastore/products/inventory', endpoint: 'the inventory', retryable: true },
        InventoryResponseSchema,
      );
      return items;
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

export function moneyEndpoints(call: Call): GigastoreMoneyCalls {
  /** A sale sent once (never repeated here), keyed so that a server honouring the key answers a replay alike. */
  const sell = <S extends z.ZodType>(path: string, endpoint: string, json: unknown, key: string, schema: S) =>
    call(
      { method: 'POST', path, endpoint, json, headers: { 'idempotency-key': key.slice(0, 64) }, retryable: false },
      schema,
    );
  return {
    register: (request, idempotencyKey) =>
      sell(
        'gigastore/activations/register',
        'the activation',
        RegisterRequestSchema.parse(request),
        idempotencyKey,
        RegisterResponseSchema,
      ),
    topUp: (request, idempotencyKey) =>
      sell(
        'gigastore/activations/top-up',
        'the top-up',
        TopUpRequestSchema.parse(request),
        idempotencyKey,
        TopUpResponseSchema,
      ),
    topUpWithProfile: (request, idempotencyKey) =>
      sell(
        'gigastore/activations/top-up-with-profile',
        'the new eSIM',
        TopUpWithProfileRequestSchema.parse(request),
        idempotencyKey,
        RegisterResponseSchema,
      ),
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
  };
}
