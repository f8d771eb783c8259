// The embedded Gigastore simulator: node:http on loopback, a random free port, the same paths and shapes
// as Gigastore, Basic authentication and bearer tokens, faults on demand, and a control surface under
// /_simulator/ for tests and for demo mode's "simulate the customer's scan".
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TokenSchema, type InventoryItem } from '../../shared/gigastore';
import { demoCatalogue } from './catalogue';
import { controlRoutes } from './control';
import { FaultPlan, type Fault } from './faults';
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
}

export interface RequestRecord {
  method: string;
  path: string;
  at: number;
  /** Only the scheme of the Authorization header ("Basic", "Bearer"): the simulator keeps no credential. */
  authScheme?: string;
  idempotencyKey?: string;
  body?: unknown;
}

const MAX_BODY_BYTES = 1_000_000;
const REQUEST_LOG_LIMIT = 50_000;

export class GigastoreSimulator {
  readonly account: SimulatedAccount;
  readonly faults = new FaultPlan();
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
    this.api = apiRoutes(this.account, this.care);
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
    const url = new URL(request.url ?? '/', 'http://simulator');
    const method = request.method ?? 'GET';
    let body: unknown;
    try {
      body = await readJson(request);
    } catch (refusal) {
      return send(response, answerFor(refusal));
    }
    if (url.pathname.startsWith('/_simulator/')) {
      return send(response, this.route(this.control, method, url, body, false));
    }
    if (this.requests.length >= REQUEST_LOG_LIMIT) this.requests.splice(0, REQUEST_LOG_LIMIT / 2);
    const authScheme = request.headers.authorization?.split(' ')[0];
    const idempotencyKey = request.headers['idempotency-key'];
    this.requests.push({
      method,
      path: url.pathname,
      at: Date.now(),
      ...(authScheme ? { authScheme } : {}),
      ...(typeof idempotencyKey === 'string' ? { idempotencyKey } : {}),
      ...(body === undefined ? {} : { body }),
    });
    if (this.latencyMs > 0) await sleep(this.latencyMs);

    const fault = this.faults.take(method, url.pathname);
    if (fault && !fault.commit && (await this.applyFault(fault, response, undefined))) return;
    const answer = this.answer(request, method, url, body);
    if (fault && fault.commit && (await this.applyFault(fault, response, answer))) return;
    send(response, answer);
  }

  private answer(request: IncomingMessage, method: string, url: URL, body: unknown): ApiAnswer {
    if (method === 'GET' && url.pathname === '/gigastore/version')
      return { status: 200, json: { version: 'simulator' } };
    if (method === 'POST' && url.pathname === '/reseller/authenticate') return this.authenticate(request);
    if (!this.bearerValid(request)) {
      return answerFor(new Refusal(401, 'Unauthorized', 'The bearer token is missing, unknown or expired.'));
    }
    return this.route(this.api, method, url, body, true);
  }

  private route(routes: Route[], method: string, url: URL, body: unknown, api: boolean): ApiAnswer {
    for (const [routeMethod, pattern, handler] of routes) {
      const match = pattern.exec(url.pathname);
      if (!match || routeMethod !== method) continue;
      try {
        return handler({ method, path: url.pathname, query: url.searchParams, body, now: new Date() }, match.slice(1));
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

  /** Applies a fault; true when the fault answered (or refused to answer) instead of the normal path. */
  private async applyFault(fault: Fault, response: ServerResponse, answer: ApiAnswer | undefined): Promise<boolean> {
    switch (fault.action) {
      case 'delay':
        await sleep(fault.delayMs ?? 1000);
        if (answer) send(response, answer);
        return answer !== undefined;
      case 'reset':
        response.socket?.destroy();
        return true;
      case 'hang':
        return true;
      case 'malformed':
        send(response, { status: 200, json: undefined, raw: '{"items": [ {"id": "broken' });
        return true;
      case 'schema':
        send(response, { status: 200, json: { unexpected: true } });
        return true;
      case 'status': {
        const status = fault.status ?? 503;
        const headers: Record<string, string> =
          fault.retryAfterSeconds === undefined ? {} : { 'retry-after': String(fault.retryAfterSeconds) };
        send(response, answerFor(new Refusal(status, 'Injected fault', `The simulator answers ${status}.`)), headers);
        return true;
      }
    }
  }
}

function answerFor(error: unknown): ApiAnswer {
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

function send(
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

async function readJson(request: IncomingMessage): Promise<unknown> {
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

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
