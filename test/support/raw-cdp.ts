// Chromium's protocol over a WebSocket of our own, for the benchmarks: a call is one message each way, as
// an IPC message is in Electron. Playwright's CDP session goes through its client, its dispatcher and
// its server, validating every message and capturing a stack trace per call (about a millisecond each
// way under vitest), which the benchmarks would count as the console's. Chromium must be launched with
// --remote-debugging-port (debuggingPortFlag) next to Playwright's own pipe.
import type { Page } from 'playwright-core';
import { createServer } from 'node:net';

/** What the bridge needs of a protocol connection (Playwright's CDPSession has the same shape). */
export interface CdpWire {
  send(method: string, params?: object): Promise<unknown>;
  on(event: 'Runtime.bindingCalled', listener: (params: BindingCall) => void): unknown;
}

export interface BindingCall {
  name: string;
  payload: string;
  executionContextId: number;
}

/** A free loopback port for Chromium's debugging endpoint. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export const debuggingPortFlag = (port: number) => `--remote-debugging-port=${port}`;

interface Message {
  id?: number;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { message: string };
  sessionId?: string;
}

/** One protocol connection: calls (to the connection's target, or to a session attached through it) and events. */
export class CdpConnection {
  private lastId = 0;
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  private readonly listeners = new Map<string, Set<(params: unknown) => void>>();

  private constructor(private readonly socket: WebSocket) {
    socket.addEventListener('message', ({ data }) => {
      const message = JSON.parse(String(data)) as Message;
      if (message.id === undefined) {
        if (message.method) this.listeners.get(message.method)?.forEach((listener) => listener(message.params));
        return;
      }
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) waiting?.reject(new Error(message.error.message));
      else waiting?.resolve(message.result);
    });
    socket.addEventListener('close', () => {
      this.pending.forEach(({ reject }) => reject(new Error('The protocol connection closed.')));
      this.pending.clear();
    });
  }

  static async open(url: string): Promise<CdpConnection> {
    const socket = new WebSocket(url);
    await new Promise((resolve, reject) => {
      socket.addEventListener('open', resolve, { once: true });
      socket.addEventListener('error', () => reject(new Error(`No protocol connection at ${url}.`)), { once: true });
    });
    return new CdpConnection(socket);
  }

  /** The browser's own connection on the debugging port. */
  static async browser(port: number): Promise<CdpConnection> {
    const version = (await (await fetch(`http://127.0.0.1:${port}/json/version`)).json()) as {
      webSocketDebuggerUrl: string;
    };
    return CdpConnection.open(version.webSocketDebuggerUrl);
  }

  send<T = unknown>(method: string, params: object = {}, sessionId?: string): Promise<T> {
    const id = ++this.lastId;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.socket.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
    });
  }

  on(method: string, listener: (params: unknown) => void): void {
    const listeners = this.listeners.get(method) ?? new Set();
    listeners.add(listener);
    this.listeners.set(method, listeners);
  }

  close(): void {
    this.socket.close();
  }
}

/** Opens `page`'s own protocol connection on Chromium's debugging port. */
export async function rawCdpWire(page: Page, port: number): Promise<CdpWire & { close(): void }> {
  const probe = await page.context().newCDPSession(page);
  const { targetInfo } = await probe.send('Target.getTargetInfo');
  await probe.detach();
  const connection = await CdpConnection.open(`ws://127.0.0.1:${port}/devtools/page/${targetInfo.targetId}`);
  return {
    send: (method, params) => connection.send(method, params),
    on: (event, listener) => connection.on(event, listener as (params: unknown) => void),
    close: () => connection.close(),
  };
}
