// The ConsoleApi's browser transport, shared by the browser tests and the benchmarks: the built renderer
// served on loopback (as app:// serves it in Electron), and `window.esimCounter` built by an init script
// whose every call crosses page.exposeBinding into this process, where the real core validates and runs
// it. Events flow back through page.evaluate. Same contract, same schemas, no product fake.
import type { Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { BRIDGE_GLOBAL, CONSOLE_EVENTS, CONSOLE_METHODS, subscriberName } from '../../src/shared/channels';
import type { ConsoleWithEvents } from '../../src/main/core/overview-extras';
import { dispatchConsoleCall } from '../../src/main/core/dispatch';

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

/** Binds the page's bridge to `api` before any page script runs. */
export async function bindBridge(page: Page, api: ConsoleWithEvents): Promise<void> {
  await page.exposeBinding('__esimCounterCall', (_source, method: unknown, args: unknown) =>
    dispatchConsoleCall(api, method, Array.isArray(args) ? args : []),
  );
  await page.addInitScript(
    ({ methods, events, global }) => {
      const listeners = new Map<string, Set<(payload: unknown) => void>>();
      const bridge: Record<string, unknown> = {};
      const call = (window as unknown as { __esimCounterCall: (method: string, args: unknown[]) => Promise<unknown> })
        .__esimCounterCall;
      for (const method of methods) bridge[method] = (...args: unknown[]) => call(method, args);
      for (const [event, name] of events) {
        listeners.set(event, new Set());
        bridge[name] = (listener: (payload: unknown) => void) => {
          listeners.get(event)?.add(listener);
          return () => listeners.get(event)?.delete(listener);
        };
      }
      Object.defineProperty(window, '__esimCounterEmit', {
        value: (event: string, payload: unknown) => listeners.get(event)?.forEach((listener) => listener(payload)),
      });
      Object.defineProperty(window, global, { value: Object.freeze(bridge) });
    },
    {
      methods: CONSOLE_METHODS,
      events: CONSOLE_EVENTS.map((event) => [event, subscriberName(event)] as const),
      global: BRIDGE_GLOBAL,
    },
  );
  for (const event of CONSOLE_EVENTS) {
    api.on(event, (payload) => {
      page
        .evaluate(
          ([name, value]) =>
            (window as unknown as { __esimCounterEmit: (n: string, v: unknown) => void }).__esimCounterEmit(
              name,
              value,
            ),
          [event, payload] as const,
        )
        .catch(() => undefined);
    });
  }
}

/** The URL of the served counter page. */
export const rendererUrlOf = (server: Server) =>
  `http://127.0.0.1:${(server.address() as AddressInfo).port}/index.html`;
