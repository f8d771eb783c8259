// The embedded Gigastore simulator: node:http on loopback, a random free port, the same paths and shapes
// as Gigastore, Basic authentication and bearer tokens, faults on demand, and a control surface under
// /_simulator/ for tests and for demo mode's "simulate the customer's scan".
import { randomBytes, timingSafeEqual } from 'node:crypto';
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { TokenSchema, type InventoryItem } from '../../shared/gigastore';
import { demoCatalogue } from './catalogue';
import { controlRefusal, controlRoutes } from './control';
import { FaultPlan, applyRequestFault } from './faults';
import { SIMULATOR_VERSION } from './identity';
import { answerFor, readJson, send, sleep } from './http';
import { MoneyRequests, NO_ANSWER, isMoneyRequest, type MoneyOutcome } from './money-requests';
import { NamedFaultPlan, type NamedFaultInput } from './named-faults';
import { apiRoutes, type ApiAnswer, type CareSettings, type Route } from './routes';
import { Refusal, SimulatedAccount } from './store';

export const DEMO_CREDENTIALS = { clientId: 'demo', clientSecret: 'demo' } as const;

export interface SimulatorOptions {
  port?: number;
  credentials?: { clientId: string; clientSecret: string };
  inventory?: InventoryItem[];
  creditUsd?: number;
  tokenLifetimeSeconds?: number;
  /** Added to every API answer, to stand in for the network. */
  latencyMs?: number;
  /** How long after a simulated scan the profile reaches its new state. */
  scanDelayMs?: number;
  monthlyRefundLimit?: number;
  refundPath?: CareSettings['refundPath'];
  /** Named faults in force from the start, as text ("list-lag=40,lost-answer*2") or typed. */
  namedFaults?: string | NamedFaultInput[];
}

interface RequestRecord {
  method: string;
  path: string;
  at: number;
  /** Only the scheme of the Authorization header ("Basic", "Bearer"): the simulator keeps no credential. */
  authScheme?: string;
  idempotencyKey?: string;
  body?: unknown;
  /**
   * How long the simulator took over it, from taking the request to the last byte of its answer, injected
   * latency included (set once answered): Gigastore's share of a round trip, which benchmarks leave out.
   */
  answeredInMs?: number;
}

const REQUEST_LOG_LIMIT = 50_000;

export class GigastoreSimulator {
  readonly account: SimulatedAccount;
  /** Per-request faults: one broken answer each (status, reset, hang, delay, malformed, schema). */
  readonly faults = new FaultPlan();
  /** Named faults: sale faults for the next money requests, and modes that last until cleared. */
  readonly namedFaults = new NamedFaultPlan();
  private readonly money = new MoneyRequests(this.namedFaults);
  readonly requests: RequestRecord[] = [];
  authentications = 0;
  latencyMs: number;
  tokenLifetimeSeconds: number;
  scanDelayMs: number;
  private readonly credentials: { clientId: string; clientSecret: string };
  private readonly tokens = new Map<string, number>();
  private readonly timers = new Set<NodeJS.Timeout>();
  readonly care: CareSettings;
  private readonly api: Route[];
  private readonly control: Route[];
  private server: Server | undefined;
  private port = 0;

  constructor(private readonly options: SimulatorOptions = {}) {
    this.account = new SimulatedAccount(options.inventory ?? demoCatalogue(), options.creditUsd ?? 1000);
    this.credentials = options.credentials ?? DEMO_CREDENTIALS;
    this.latencyMs = options.latencyMs ?? 0;
    this.tokenLifetimeSeconds = options.tokenLifetimeSeconds ?? 86_400;
    this.scanDelayMs = options.scanDelayMs ?? 1500;
    this.care = { monthlyRefundLimit: options.monthlyRefundLimit ?? 5, refundPath: options.refundPath ?? 'gigastore' };
    this.api = apiRoutes(this.account, this.care, () => this.namedFaults.modes);
    if (options.namedFaults) this.namedFaults.add(options.namedFaults);
    this.control = controlRoutes(this);
  }

  get baseUrl(): string {
    if (!this.server) throw new Error('The simulator is not running.');
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    const server = createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.options.port ?? 0, '127.0.0.1', resolve);
    });
    this.server = server;
    this.port = (server.address() as AddressInfo).port;
    return this;
  }

  async close(): Promise<void> {
    this.timers.forEach(clearTimeout);
    this.timers.clear();
    this.money.dropLateCharges();
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The customer's phone scans the QR: after `delayMs` the profile is in `state`. */
  scan(iccid: string, state: string, delayMs = this.scanDelayMs): void {
    if (!this.account.esim(iccid)) throw new Refusal(404, 'Not Found', `eSIM ${iccid} does not exist.`);
    this.later(delayMs, () => this.account.setEsimState(iccid, state, new Date()));
  }

  /** Every fault, per-request and named (modes too), cleared: a healthy Gigastore again. */
  clearFaults(): void {
    this.faults.clear();
    this.namedFaults.clear();
    this.money.forgetKeys();
  }

  /** Money requests whose charge is still to land (late-charge). */
  get pendingLateCharges(): number {
    return this.money.pendingLateCharges;
  }

  /** Lands every pending late charge now; how many landed. */
  landLateCharges(): number {
    return this.money.landLateCharges();
  }

  revokeTokens(): void {
    this.tokens.clear();
  }

  requestCount(pathPart?: string): number {
    return pathPart ? this.requests.filter((record) => record.path.includes(pathPart)).length : this.requests.length;
  }

  later(delayMs: number, action: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      action();
    }, delayMs);
    this.timers.add(timer);
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const takenAt = performance.now();
    const url = new URL(request.url ?? '/', 'http://simulator');
    const method = request.method ?? 'GET';
    const control = url.pathname.startsWith('/_simulator/');
    const refused = control ? controlRefusal(request.headers) : undefined;
    if (refused) {
      request.resume(); // the body is not read; drained so the connection stays usable
      return send(response, answerFor(refused));
    }
    let body: unknown;
    try {
      body = await readJson(request);
    } catch (refusal) {
      return send(response, answerFor(refusal));
    }
    if (control) {
      return send(response, this.route(this.control, method, url, body, false, request.headers));
    }
    if (this.requests.length >= REQUEST_LOG_LIMIT) this.requests.splice(0, REQUEST_LOG_LIMIT / 2);
    const authScheme = request.headers.authorization?.split(' ')[0];
    const idempotencyKey = request.headers['idempotency-key'];
    const record: RequestRecord = {
      method,
      path: url.pathname,
      at: Date.now(),
      ...(authScheme ? { authScheme } : {}),
      ...(typeof idempotencyKey === 'string' ? { idempotencyKey } : {}),
      ...(body === undefined ? {} : { body }),
    };
    this.requests.push(record);
    response.once('finish', () => (record.answeredInMs = performance.now() - takenAt));
    if (this.latencyMs > 0) await sleep(this.latencyMs);

    const fault = this.faults.take(method, url.pathname);
    if (fault && !fault.commit && (await applyRequestFault(fault, response, undefined, this.faults))) return;
    const answer = this.answer(request, method, url, body);
    if (answer === NO_ANSWER) {
      response.socket?.destroy();
      return;
    }
    if (fault && fault.commit && (await applyRequestFault(fault, response, answer, this.faults))) return;
    send(response, answer);
  }

  private answer(request: IncomingMessage, method: string, url: URL, body: unknown): MoneyOutcome {
    if (method === 'GET' && url.pathname === '/gigastore/version') return { status: 200, json: SIMULATOR_VERSION };
    if (method === 'POST' && url.pathname === '/reseller/authenticate') return this.authenticate(request);
    if (!this.bearerValid(request)) {
      return answerFor(new Refusal(401, 'Unauthorized', 'The bearer token is missing, unknown or expired.'));
    }
    if (isMoneyRequest(method, url.pathname)) {
      const key = request.headers['idempotency-key'];
      return this.money.handle(typeof key === 'string' ? key : undefined, () =>
        this.route(this.api, method, url, body, true, request.headers),
      );
    }
    return this.route(this.api, method, url, body, true, request.headers);
  }

  private route(
    routes: Route[],
    method: string,
    url: URL,
    body: unknown,
    api: boolean,
    headers: IncomingHttpHeaders,
  ): ApiAnswer {
    for (const [routeMethod, pattern, handler] of routes) {
      const match = pattern.exec(url.pathname);
      if (!match || routeMethod !== method) continue;
      try {
        const now = new Date();
        return handler({ method, path: url.pathname, query: url.searchParams, body, headers, now }, match.slice(1));
      } catch (refusal) {
        return answerFor(refusal);
      }
    }
    return answerFor(
      new Refusal(404, 'Not Found', `${api ? 'No such API path' : 'No such control'}: ${method} ${url.pathname}`),
    );
  }

  private authenticate(request: IncomingMessage): ApiAnswer {
    const [scheme, encoded = ''] = (request.headers.authorization ?? '').split(' ');
    const expected = Buffer.from(`${this.credentials.clientId}:${this.credentials.clientSecret}`);
    const given = Buffer.from(Buffer.from(encoded, 'base64').toString('utf8'));
    if (scheme !== 'Basic' || given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return answerFor(new Refusal(401, 'Unauthorized', 'Invalid client credentials.'));
    }
    this.authentications++;
    const accessToken = `sim.${randomBytes(24).toString('base64url')}`;
    this.tokens.set(accessToken, Date.now() + this.tokenLifetimeSeconds * 1000);
    return {
      status: 200,
      json: TokenSchema.parse({
        accessToken,
        expiresIn: this.tokenLifetimeSeconds,
        refreshToken: null,
        refreshExpiresIn: 0,
        tokenType: 'Bearer',
        idToken: null,
      }),
    };
  }

  private bearerValid(request: IncomingMessage): boolean {
    const [scheme, token = ''] = (request.headers.authorization ?? '').split(' ');
    const expiresAt = this.tokens.get(token);
    return scheme === 'Bearer' && expiresAt !== undefined && Date.now() < expiresAt;
  }
}
