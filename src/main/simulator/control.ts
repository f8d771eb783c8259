// The simulator's control surface under /_simulator/: what a test in another process (or the demo's
// hidden controls) may do to the simulated world. Never part of the Gigastore API.
import type { IncomingHttpHeaders } from 'node:http';
import { z } from 'zod';
import { useData } from './care';
import { FaultSchema, type FaultPlan } from './faults';
import {
  NamedFaultError,
  NamedFaultSchema,
  parseNamedFaults,
  type NamedFault,
  type NamedFaultPlan,
} from './named-faults';
import type { ApiAnswer, Route } from './route';
import { changeRecordedPrice, recordSale } from './sales-history';
import { Refusal, type SimulatedAccount } from './store';

/** What the controls may see and change of the simulator (server.ts): its world, its faults, its knobs. */
interface ControlledSimulator {
  readonly account: SimulatedAccount;
  readonly faults: FaultPlan;
  readonly namedFaults: NamedFaultPlan;
  readonly requests: ReadonlyArray<{ method: string; path: string; answeredInMs?: number }>;
  readonly authentications: number;
  readonly pendingLateCharges: number;
  latencyMs: number;
  tokenLifetimeSeconds: number;
  scanDelayMs: number;
  scan(iccid: string, state: string, delayMs?: number): void;
  clearFaults(): void;
  revokeTokens(): void;
}

const ScanSchema = z.object({ state: z.string().min(1), delayMs: z.number().int().nonnegative().optional() }).strict();
const ConfigSchema = z
  .object({
    latencyMs: z.number().int().nonnegative().optional(),
    tokenLifetimeSeconds: z.number().int().positive().optional(),
    scanDelayMs: z.number().int().nonnegative().optional(),
    creditUsd: z.number().nonnegative().optional(),
  })
  .strict();
const PriceSchema = z.object({ priceValue: z.number().nonnegative() }).strict();
const UseSchema = z.object({ mb: z.number().positive() }).strict();
const RecordedPriceSchema = z
  .object({
    priceValue: z.number().nonnegative(),
    currencyCode: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .optional(),
  })
  .strict();
/** A package sold outside this console (another counter or store, the portal): no journal holds it. */
const RecordedSaleSchema = z
  .object({
    metatag: z.string().min(1).max(64),
    inventoryItemId: z.string().min(1).optional(),
    salesDate: z.iso.datetime({ offset: true }).optional(),
    retailPrice: RecordedPriceSchema.optional(),
    activationMode: z.enum(['NOW', 'FIRST_USE', 'ON_DEMAND']).optional(),
  })
  .strict();
/** Named faults as text ({ "faults": "list-lag=40,lost-answer*2" }), or one typed fault, or a list of them. */
const NamedFaultsBodySchema = z.union([
  z.object({ faults: z.string() }).strict(),
  NamedFaultSchema,
  z.array(NamedFaultSchema),
]);

function namedFaultsIn(body: unknown): NamedFault[] {
  const given = parse(NamedFaultsBodySchema, body);
  if (Array.isArray(given)) return given;
  if (!('faults' in given)) return [given];
  try {
    return parseNamedFaults(given.faults);
  } catch (error) {
    if (error instanceof NamedFaultError) throw new Refusal(400, 'Bad Request', error.message);
    throw error;
  }
}

function parse<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const parsed = schema.safeParse(body ?? {});
  if (!parsed.success) throw new Refusal(400, 'Bad Request', z.prettifyError(parsed.error));
  return parsed.data;
}

const done: ApiAnswer = { status: 200, json: { ok: true } };

/**
 * Why a control request is refused before it is read, if it is. The simulator listens on loopback, where
 * any web page the counter PC opens could reach it: a browser names the page in an Origin header on every
 * cross-origin request (and on every POST or DELETE), and can send a body without asking first (no CORS
 * preflight) only as text/plain, a form or multipart. So a request with an Origin is refused, and a body
 * must be declared application/json, which no page can send here without a preflight that gets no answer.
 * Tests and the CLI send neither an Origin nor another type. The Gigastore API routes are unchanged.
 */
export function controlRefusal(headers: IncomingHttpHeaders): Refusal | undefined {
  if (headers.origin !== undefined)
    return new Refusal(403, 'Forbidden', 'The simulator controls take no requests from web pages.');
  const length = Number(headers['content-length'] ?? 0);
  const hasBody = length > 0 || headers['transfer-encoding'] !== undefined;
  const type = (headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (hasBody && type !== 'application/json')
    return new Refusal(415, 'Unsupported Media Type', 'A simulator control takes a JSON body (application/json).');
  return undefined;
}

export function controlRoutes(simulator: ControlledSimulator): Route[] {
  return [
    ...worldRoutes(simulator),
    ...requestRoutes(simulator),
    ...salesHistoryRoutes(simulator.account),
    ...faultRoutes(simulator),
  ];
}

/** Packages sold under any sale id (another counter's, another store's) and their prices changed afterwards. */
function salesHistoryRoutes(account: SimulatedAccount): Route[] {
  return [
    [
      'POST',
      /^\/_simulator\/activated-items$/,
      (request) => {
        const item = recordSale(account, parse(RecordedSaleSchema, request.body), request.now);
        return { status: 200, json: { ok: true, uid: item.uid } };
      },
    ],
    [
      'POST',
      /^\/_simulator\/activated-items\/([^/]+)\/retail-price$/,
      (request, [uid = '']) => {
        changeRecordedPrice(account, decodeURIComponent(uid), parse(RecordedPriceSchema, request.body));
        return done;
      },
    ],
  ];
}

/** The simulated world: data used, the stats, a phone's scan, the knobs, tokens, prices. */
function worldRoutes(simulator: ControlledSimulator): Route[] {
  const { account } = simulator;
  return [
    [
      'POST',
      /^\/_simulator\/items\/([^/]+)\/use$/,
      (request, [uid = '']) => {
        useData(account, decodeURIComponent(uid), parse(UseSchema, request.body).mb);
        return done;
      },
    ],
    [
      'GET',
      /^\/_simulator\/stats$/,
      () => ({
        status: 200,
        json: {
          activations: account.activations,
          creditUsd: account.creditCents / 100,
          authentications: simulator.authentications,
          requests: simulator.requests.length,
          pendingFaults: simulator.faults.pending,
        },
      }),
    ],
    [
      'POST',
      /^\/_simulator\/esims\/(\d+)\/scan$/,
      (request, [iccid = '']) => {
        const { state, delayMs } = parse(ScanSchema, request.body);
        simulator.scan(iccid, state, delayMs);
        return done;
      },
    ],
    [
      'POST',
      /^\/_simulator\/config$/,
      (request) => {
        const config = parse(ConfigSchema, request.body);
        if (config.latencyMs !== undefined) simulator.latencyMs = config.latencyMs;
        if (config.tokenLifetimeSeconds !== undefined) simulator.tokenLifetimeSeconds = config.tokenLifetimeSeconds;
        if (config.scanDelayMs !== undefined) simulator.scanDelayMs = config.scanDelayMs;
        if (config.creditUsd !== undefined) account.creditCents = Math.round(config.creditUsd * 100);
        return done;
      },
    ],
    [
      'POST',
      /^\/_simulator\/tokens\/revoke$/,
      () => {
        simulator.revokeTokens();
        return done;
      },
    ],
    [
      'POST',
      /^\/_simulator\/items\/([^/]+)\/price$/,
      (request, [id = '']) => {
        const { priceValue } = parse(PriceSchema, request.body);
        const item = account.inventory.find((candidate) => candidate.id === decodeURIComponent(id));
        const retail = item?.retailPrices[0];
        if (!retail) throw new Refusal(404, 'Not Found', `Inventory item ${id} does not exist.`);
        retail.priceValue = priceValue;
        return done;
      },
    ],
  ];
}

/**
 * The requests taken since number `from`, and how long each took to answer: what a benchmark in another
 * process leaves out as Gigastore's own time.
 */
function requestRoutes(simulator: ControlledSimulator): Route[] {
  return [
    [
      'GET',
      /^\/_simulator\/requests$/,
      (request) => {
        const from = Math.max(0, Number(request.query.get('from') ?? 0) || 0);
        const requests = simulator.requests.slice(from).map(({ method, path, answeredInMs }) => ({
          method,
          path,
          ...(answeredInMs === undefined ? {} : { answeredInMs }),
        }));
        return { status: 200, json: { count: simulator.requests.length, requests } };
      },
    ],
  ];
}

/** The faults staged on the simulator: named ones (text or typed) and single request faults. */
function faultRoutes(simulator: ControlledSimulator): Route[] {
  return [
    [
      'GET',
      /^\/_simulator\/named-faults$/,
      () => ({
        status: 200,
        json: {
          active: simulator.namedFaults.describe(),
          modes: simulator.namedFaults.modes,
          pendingLateCharges: simulator.pendingLateCharges,
        },
      }),
    ],
    [
      'POST',
      /^\/_simulator\/named-faults$/,
      (request) => {
        simulator.namedFaults.add(namedFaultsIn(request.body));
        return { status: 200, json: { ok: true, active: simulator.namedFaults.describe() } };
      },
    ],
    [
      'POST',
      /^\/_simulator\/faults$/,
      (request) => {
        const faults = Array.isArray(request.body) ? request.body : [request.body];
        faults.forEach((fault) => simulator.faults.add(parse(FaultSchema, fault)));
        return done;
      },
    ],
    [
      'DELETE',
      /^\/_simulator\/faults$/,
      () => {
        simulator.clearFaults();
        return done;
      },
    ],
  ];
}
