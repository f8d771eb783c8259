// A relay in front of the simulator, as a support person might run in front of the real Gigastore: every
// request passes through unchanged, except (when asked) GET /gigastore/version, which the relay answers
// as some other server would. It records what reached it, credentials included, as a network would see.
import { createServer, request as forward, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';

export interface Relay {
  baseUrl: string;
  /** Every request that reached the relay: method, path and headers. */
  seen: Array<{ method: string; path: string; headers: IncomingHttpHeaders }>;
}

const open: Server[] = [];

afterEach(async () => {
  await Promise.all(
    open.splice(0).map((server) => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    }),
  );
});

export async function startRelay(
  target: string,
  options: { host?: string; version?: { status: number; body: string } } = {},
): Promise<Relay> {
  const to = new URL(target);
  const seen: Relay['seen'] = [];
  const server = createServer((incoming, outgoing) => {
    seen.push({ method: incoming.method ?? 'GET', path: incoming.url ?? '/', headers: incoming.headers });
    if (options.version && incoming.url === '/gigastore/version') {
      outgoing.writeHead(options.version.status, { 'content-type': 'application/json' });
      outgoing.end(options.version.body);
      return;
    }
    const upstream = forward(
      { host: to.hostname, port: to.port, method: incoming.method, path: incoming.url, headers: incoming.headers },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    upstream.on('error', () => outgoing.destroy());
    incoming.pipe(upstream);
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, resolve);
  });
  open.push(server);
  const { port } = server.address() as AddressInfo;
  return { baseUrl: `http://${host.includes(':') ? `[${host}]` : host}:${port}`, seen };
}
