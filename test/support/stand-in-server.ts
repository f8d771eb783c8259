// A tiny HTTP server that answers exactly what a test says, byte for byte (a plain-text body, any content
// type), and records every request with its headers: for what the simulator cannot be made to send.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';

export interface StandInRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
}

export interface StandInAnswer {
  status?: number;
  body: string;
  contentType?: string;
}

export interface StandIn {
  baseUrl: string;
  requests: StandInRequest[];
}

const open: Array<() => Promise<void>> = [];

afterEach(async () => {
  await Promise.all(open.splice(0).map((close) => close()));
});

/** Answers /reseller/authenticate with a token, and every other request with `answer(request)`. */
export async function startStandIn(answer: (request: StandInRequest) => StandInAnswer): Promise<StandIn> {
  const requests: StandInRequest[] = [];
  const server = createServer((request, response) => {
    const seen = { method: request.method ?? 'GET', path: request.url ?? '/', headers: request.headers };
    requests.push(seen);
    request.resume();
    const {
      status = 200,
      body,
      contentType = 'application/json',
    } = seen.path === '/reseller/authenticate'
      ? { body: JSON.stringify({ accessToken: 'stand-in-token', expiresIn: 3600, tokenType: 'Bearer' }) }
      : answer(seen);
    response.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(body) });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  open.push(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return { baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}
