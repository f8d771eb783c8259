// The ConsoleApi's browser transport, shared by the browser tests and the benchmarks: the built renderer
// served on loopback (as app:// serves it in Electron), and `window.esimCounter` built by an init script
// whose every call crosses a Chromium protocol binding into this process, where the real core validates
// and runs it. Answers and events flow back as evaluations. Same contract, same schemas, no product fake.
import type { Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { BRIDGE_GLOBAL, CONSOLE_EVENTS, CONSOLE_METHODS, subscriberName } from '../../src/shared/channels';
import type { CounterConsole } from '../../src/main/core/console';
import { dispatchConsoleCall } from '../../src/main/core/dispatch';
import type { CdpWire } from './raw-cdp';

const RENDERER_ROOT = join(__dirname, '../../out/renderer');
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

export async function serveRenderer(): Promise<Server> {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    try {
      const body = await readFile(join(RENDERER_ROOT, path === '/' ? 'index.html' : path));
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/** The binding the page calls main through (a CDP binding: Runtime.addBinding). */
const CALL_BINDING = '__esimCounterSend';

/**
 * JSON both ways, keeping `undefined` (as structured clone, Electron's IPC encoding, does): an argument
 * left undefined must reach the core's zod check as undefined, not as null.
 */
const UNDEFINED_MARK = '__esimCounterUndefined';
const encode = (value: unknown) =>
  JSON.stringify(value, (_key, item: unknown) => (item === undefined ? { [UNDEFINED_MARK]: true } : item)) ?? 'null';
const decode = (text: string): unknown =>
  JSON.parse(text, (_key, item: unknown) =>
    item !== null && typeof item === 'object' && UNDEFINED_MARK in item ? undefined : item,
  );

/**
 * Binds the page's bridge to `api` before any page script runs. The transport is Chromium's own protocol at
 * its leanest, as close as a browser gets to Electron's IPC: a call is one binding notification, its answer
 * and each event one evaluation (Playwright's exposeBinding and evaluate add round trips and a utility
 * world each way, milliseconds Electron does not spend, which the benchmarks would count as the console's).
 */
export async function bindBridge(page: Page, api: CounterConsole, wire?: CdpWire): Promise<void> {
  const session: CdpWire = wire ?? (await page.context().newCDPSession(page));
  await session.send('Runtime.enable');
  await session.send('Runtime.addBinding', { name: CALL_BINDING });
  const evaluate = (expression: string, contextId?: number) =>
    session.send('Runtime.evaluate', { expression, ...(contextId ? { contextId } : {}) }).catch(() => undefined);
  session.on('Runtime.bindingCalled', ({ name, payload, executionContextId }) => {
    if (name !== CALL_BINDING) return;
    const { id, method, args } = decode(payload) as { id: number; method: unknown; args: unknown };
    void dispatchConsoleCall(api, method, Array.isArray(args) ? args : []).then(
      (result) => evaluate(`__esimCounterReply(${id}, ${JSON.stringify(encode(result))})`, executionContextId),
      (error: unknown) =>
        evaluate(`__esimCounterReply(${id}, undefined, ${JSON.stringify(String(error))})`, executionContextId),
    );
  });
  await page.addInitScript(
    ({ methods, events, global, binding, mark }) => {
      const listeners = new Map<string, Set<(payload: unknown) => void>>();
      const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
      const decodeText = (text: string): unknown =>
        JSON.parse(text, (_key, item: unknown) =>
          item !== null && typeof item === 'object' && mark in item ? undefined : item,
        );
      const encodeValue = (value: unknown) =>
        JSON.stringify(value, (_key, item: unknown) => (item === undefined ? { [mark]: true } : item));
      let lastId = 0;
      const call = (method: string, args: unknown[]) =>
        new Promise((resolve, reject) => {
          const id = ++lastId;
          pending.set(id, { resolve, reject });
          (window as unknown as Record<string, (payload: string) => void>)[binding]!(encodeValue({ id, method, args }));
        });
      Object.defineProperty(window, '__esimCounterReply', {
        value: (id: number, text: string | undefined, failure?: string) => {
          const waiting = pending.get(id);
          pending.delete(id);
          if (failure !== undefined) waiting?.reject(new Error(failure));
          else waiting?.resolve(decodeText(text as string));
        },
      });
      const bridge: Record<string, unknown> = {};
      for (const method of methods) bridge[method] = (...args: unknown[]) => call(method, args);
      for (const [event, name] of events) {
        listeners.set(event, new Set());
        bridge[name] = (listener: (payload: unknown) => void) => {
          listeners.get(event)?.add(listener);
          return () => listeners.get(event)?.delete(listener);
        };
      }
      const emit = (event: string, payload: unknown) => listeners.get(event)?.forEach((listener) => listener(payload));
      Object.defineProperty(window, '__esimCounterEmit', { value: emit });
      Object.defineProperty(window, '__esimCounterDeliver', {
        value: (event: string, text: string) => emit(event, decodeText(text)),
      });
      Object.defineProperty(window, global, { value: Object.freeze(bridge) });
    },
    {
      methods: CONSOLE_METHODS,
      events: CONSOLE_EVENTS.map((event) => [event, subscriberName(event)] as const),
      global: BRIDGE_GLOBAL,
      binding: CALL_BINDING,
      mark: UNDEFINED_MARK,
    },
  );
  for (const event of CONSOLE_EVENTS) {
    api.on(event, (payload) => {
      void evaluate(`window.__esimCounterDeliver?.(${JSON.stringify(event)}, ${JSON.stringify(encode(payload))})`);
    });
  }
}

/** The URL of the served counter page. */
export const rendererUrlOf = (server: Server) =>
  `http://127.0.0.1:${(server.address() as AddressInfo).port}/index.html`;
