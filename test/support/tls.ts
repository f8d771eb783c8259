// Live Gigastore addresses must be https, so tests that stand a loopback server in for api.giga.store
// serve it over TLS. The certificate (test/support/tls/, for localhost and 127.0.0.1, test use only) is
// added to this process's trusted authorities, so the console's client verifies it as it would verify
// Gigastore's: no option in the product relaxes certificate checks.
import { readFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import type { IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { join } from 'node:path';
import { createServer as createTlsServer, getCACertificates, setDefaultCACertificates, type Server } from 'node:tls';

const dir = join(__dirname, 'tls');
const cert = readFileSync(join(dir, 'loopback-cert.pem'), 'utf8');
const key = readFileSync(join(dir, 'loopback-key.pem'), 'utf8');

let trusted = false;
/** Trusts the loopback certificate in this process, beside the usual authorities. */
export function trustLoopbackCertificate(): void {
  if (trusted) return;
  setDefaultCACertificates([...getCACertificates('default'), cert]);
  trusted = true;
}

async function listen(server: Server | ReturnType<typeof createHttpsServer>): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/** An https front for a plain-http server on loopback (the simulator): TLS ends here, bytes pass through. */
export async function httpsFront(target: string): Promise<{ baseUrl: string; close(): Promise<void> }> {
  trustLoopbackCertificate();
  const { hostname, port } = new URL(target);
  const sockets = new Set<{ destroy(): void }>();
  const server = createTlsServer({ cert, key }, (socket) => {
    const upstream = connect(Number(port), hostname);
    sockets.add(socket).add(upstream);
    socket.pipe(upstream).pipe(socket);
    const drop = () => {
      socket.destroy();
      upstream.destroy();
      sockets.delete(socket);
      sockets.delete(upstream);
    };
    socket.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
  });
  const listening = await listen(server);
  return {
    baseUrl: `https://127.0.0.1:${listening}`,
    close: () =>
      new Promise((resolve) => {
        sockets.forEach((socket) => socket.destroy());
        server.close(() => resolve());
      }),
  };
}

/** A server that records the headers of every request it gets and answers 401: a stranger's https host. */
export async function recordingHttpsServer(): Promise<{
  baseUrl: string;
  requests: IncomingHttpHeaders[];
  close(): Promise<void>;
}> {
  trustLoopbackCertificate();
  const requests: IncomingHttpHeaders[] = [];
  const server = createHttpsServer({ cert, key }, (request, response) => {
    requests.push(request.headers);
    response.writeHead(401, { 'content-type': 'application/json' }).end('{"message":"who are you"}');
  });
  const port = await listen(server);
  return {
    baseUrl: `https://localhost:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
