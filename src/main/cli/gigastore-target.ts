// Which Gigastore the CLI talks to, and whether its sales cost money. The credentials in the environment
// spend real credit, so they go only over https, except to this machine's own loopback (the simulator,
// or a relay the support person runs). A sale is labelled demo ("never costs anything") only when the
// simulator itself answers: a loopback port can just as well be a relay to the real Gigastore.
import { isIP } from 'node:net';
import { SimulatorVersionSchema } from '../simulator/identity';
import { quoted } from './input';
import { UsageError } from './usage';

const NAME = 'GIGASTORE_BASE_URL';

/** 127.0.0.0/8, ::1 and localhost: addresses that never leave this machine. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (host === 'localhost' || host === '::1') return true;
  return isIP(host) === 4 && host.startsWith('127.');
}

/** The base URL as the client should use it, or one sentence saying why it cannot be used. */
export function checkBaseUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`${NAME} ${quoted(value)} is not a web address.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new UsageError(`${NAME} ${quoted(value)} is not an http(s) address.`);
  if (url.username || url.password)
    throw new UsageError(`${NAME} must not hold a user name or password: the credentials have their own variables.`);
  if (url.search || url.hash) throw new UsageError(`${NAME} ${quoted(value)} must not have a query or a fragment.`);
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    throw new UsageError(
      `${NAME} ${quoted(value)} must start with https:// (plain http is allowed only to this machine: 127.0.0.1, ::1 or localhost).`,
    );
  }
  return url;
}

const PROBE_TIMEOUT_MS = 3_000;
const PROBE_MAX_BYTES = 4_096;

/** True only when the simulator answers at `baseUrl` as itself; any failure or other answer: false. */
async function simulatorAnswers(baseUrl: string): Promise<boolean> {
  const prefix = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  try {
    const response = await fetch(new URL('gigastore/version', prefix), {
      redirect: 'manual',
      signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
      headers: { accept: 'application/json' },
    });
    const reader = response.body?.getReader();
    if (response.status !== 200 || !reader) {
      await reader?.cancel();
      return false;
    }
    // Read at most a few KB: a relay or a hostile server may answer with anything, of any size.
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      size += chunk.value.byteLength;
      if (size > PROBE_MAX_BYTES) {
        await reader.cancel();
        return false;
      }
      chunks.push(chunk.value);
    }
    const text = Buffer.concat(chunks).toString('utf8');
    return SimulatorVersionSchema.safeParse(JSON.parse(text)).success;
  } catch {
    return false;
  }
}

/** 'demo' when the simulator answers at a loopback address; 'live' for anything else. */
export async function saleMode(baseUrl: string): Promise<'demo' | 'live'> {
  if (!isLoopbackHost(new URL(baseUrl).hostname)) return 'live';
  return (await simulatorAnswers(baseUrl)) ? 'demo' : 'live';
}
