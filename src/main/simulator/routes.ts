// The Gigastore API paths the simulator speaks, each a function from a parsed request to an answer.
// Request bodies are validated with the same shared schemas the client sends with; answers are built
// as the shared types and parsed again on the way out, so the client and the simulator cannot drift.
import { type z } from 'zod';
import {
  ActivatedItemListSchema,
  ActivatedItemSchema,
  CustomerDetailsSchema,
  InventoryResponseSchema,
  RegisterRequestSchema,
  RegisterResponseSchema,
  SearchCustomersRequestSchema,
  SearchCustomersResponseSchema,
  TopUpRequestSchema,
  TopUpResponseSchema,
  TopUpWithProfileRequestSchema,
} from '../../shared/gigastore';
import { activateOnDemand, refund } from './care';
import type { SimulatorModes } from './named-faults';
import { readRoutes } from './read-routes';
import type { ApiAnswer, ApiRequest, Route } from './route';

export type { ApiAnswer, Route } from './route';
import { Refusal, type SimulatedAccount } from './store';

const ok = <S extends z.ZodType>(schema: S, value: z.input<S>): ApiAnswer => ({
  status: 200,
  json: schema.parse(value),
});

function input<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Refusal(400, 'Bad Request', `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

function date(query: URLSearchParams, name: string): Date | undefined {
  const value = query.get(name);
  if (value === null) return undefined;
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime())) throw new Refusal(400, 'Bad Request', `${name} is not a date.`);
  return parsed;
}

export interface CareSettings {
  monthlyRefundLimit: number;
  /** Which refund path answers: Gigastore's docs print it without the /gigastore prefix every other path has. */
  refundPath: 'gigastore' | 'documented';
}

/** How the sales list is answered under the modes in force. */
type ListModes = Pick<SimulatorModes, 'listLagSeconds' | 'listCap' | 'listShape'>;

/**
 * GET activated-items: the sales in the range, in the requested order (ASC by date unless sort_dir=DESC),
 * as a lagging list (an item shows `listLagSeconds` after its salesDate) cut at `listCap` without any
 * hint that more exist, bare or wrapped in { items }.
 */
function salesList(account: SimulatedAccount, request: ApiRequest, modes: ListModes): ApiAnswer {
  const { query, now } = request;
  const sortBy = query.get('sort_by') ?? 'DATE';
  const sortDir = query.get('sort_dir') ?? 'ASC';
  if (sortBy !== 'DATE') throw new Refusal(400, 'Bad Request', `sort_by ${sortBy}: the simulator sorts by DATE only.`);
  if (sortDir !== 'ASC' && sortDir !== 'DESC') throw new Refusal(400, 'Bad Request', 'sort_dir is ASC or DESC.');
  const shownBefore = now.getTime() - modes.listLagSeconds * 1000;
  const ascending = account
    .activatedItems(date(query, 'from'), date(query, 'to'))
    .filter((item) => Date.parse(item.salesDate ?? '') <= shownBefore);
  const ordered = sortDir === 'DESC' ? ascending.reverse() : ascending;
  const items = ActivatedItemListSchema.parse(ordered.slice(0, modes.listCap ?? ordered.length));
  return { status: 200, json: modes.listShape === 'wrapped' ? { items } : items };
}

export function apiRoutes(account: SimulatedAccount, care: CareSettings, listModes: () => ListModes): Route[] {
  const refundRoute = (prefixed: boolean): Route => [
    'POST',
    prefixed
      ? /^\/gigastore\/activations\/activated-items\/([^/]+)\/refund$/
      : /^\/activations\/activated-items\/([^/]+)\/refund$/,
    (request, [uid = '']) => {
      if ((care.refundPath === 'gigastore') !== prefixed)
        throw new Refusal(404, 'Not Found', `No such API path: POST ${request.path}`);
      refund(account, decodeURIComponent(uid), request.now, care.monthlyRefundLimit);
      return { status: 200, json: { status: 'success' } };
    },
  ];
  return [
    refundRoute(true),
    refundRoute(false),
    [
      'POST',
      /^\/gigastore\/activations\/top-up$/,
      (request) => ok(TopUpResponseSchema, account.topUp(input(TopUpRequestSchema, request.body), false, request.now)),
    ],
    [
      'POST',
      /^\/gigastore\/activations\/top-up-with-profile$/,
      (request) =>
        ok(TopUpResponseSchema, account.topUp(input(TopUpWithProfileRequestSchema, request.body), true, request.now)),
    ],
    [
      'POST',
      /^\/gigastore\/activations\/activated-items\/([^/]+)\/activate$/,
      (request, [uid = '']) => ok(ActivatedItemSchema, activateOnDemand(account, decodeURIComponent(uid), request.now)),
    ],
    ['GET', /^\/gigastore\/products\/inventory$/, () => ok(InventoryResponseSchema, { items: account.inventory })],
    ...readRoutes(account),
    [
      'POST',
      /^\/gigastore\/activations\/register$/,
      (request) =>
        ok(RegisterResponseSchema, account.register(input(RegisterRequestSchema, request.body), request.now)),
    ],
    [
      'GET',
      /^\/gigastore\/activations\/customers\/([^/]+)$/,
      (_request, [uid = '']) => ok(CustomerDetailsSchema, account.customer(decodeURIComponent(uid))),
    ],
    [
      'POST',
      /^\/gigastore\/activations\/search-customers$/,
      (request) => {
        const search = input(SearchCustomersRequestSchema, request.body);
        const all = account.search(search.searchKey, search.searchQuery, search.searchMode);
        const page = all.slice(search.pageIndex * search.pageSize, (search.pageIndex + 1) * search.pageSize);
        return ok(SearchCustomersResponseSchema, { customers: page });
      },
    ],
    ['GET', /^\/gigastore\/activations\/activated-items$/, (request) => salesList(account, request, listModes())],
    [
      'GET',
      /^\/gigastore\/activations\/activated-items\/([^/]+)$/,
      (_request, [uid = '']) => ok(ActivatedItemSchema, account.activatedItem(decodeURIComponent(uid))),
    ],
  ];
}
