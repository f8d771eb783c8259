// The app:// handler, called as Electron calls it: protocol.handle is a recorder that keeps the handler,
// and net.fetch a stand-in that serves files from the disk (rejecting a missing one, as Electron's does).
// The renderer folder is the built one (out/renderer), beside out/main: the file a traversal would reach.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';

type Handler = (request: { url: string; method: string }) => Promise<Response>;
const electron = vi.hoisted(() => ({ handler: undefined as Handler | undefined, fetched: [] as string[] }));

vi.mock('electron', async () => {
  const { readFile } = await import('node:fs/promises');
  const protocol = {
    registerSchemesAsPrivileged: () => undefined,
    handle: (_scheme: string, handler: Handler) => (electron.handler = handler),
  };
  const net = {
    fetch: async (url: string) => {
      electron.fetched.push(url);
      return new Response(await readFile(fileURLToPath(url)));
    },
  };
  return { protocol, net, default: { protocol, net } };
});

const { serveRenderer } = await import('../../src/main/glue/app-protocol');
/** What every answer that is not a page carries: nothing may load or run from it. */
const RESOURCE_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'";

const root = join(__dirname, '../..');
const rendererRoot = join(root, 'out/renderer');
const request = (url: string) => electron.handler!({ url, method: 'GET' });

/** The policy a page's own meta tag states, read from its source. */
const metaPolicy = (page: string) =>
  /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(
    readFileSync(join(root, 'src/renderer', page), 'utf8'),
  )?.[1];

beforeAll(() => {
  expect(existsSync(join(rendererRoot, 'index.html')), 'run the build first').toBe(true);
  serveRenderer(rendererRoot);
});

describe('the app:// handler', () => {
  it('serves a page with its own Content-Security-Policy as a header, and the same for the customer display', async () => {
    for (const [url, page] of [
      ['app://counter/', 'index.html'],
      ['app://counter/index.html', 'index.html'],
      ['app://counter/customer.html', 'customer.html'],
    ] as const) {
      const response = await request(url);
      expect(response.status).toBe(200);
      expect(await response.text()).toBe(readFileSync(join(rendererRoot, page), 'utf8'));
      expect(metaPolicy(page)).toMatch(/^default-src 'none'; script-src 'self'/);
      expect(response.headers.get('content-security-policy')).toBe(metaPolicy(page));
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('serves a script with a policy that lets it do nothing as a document', async () => {
    const script = readdirSync(join(rendererRoot, 'assets')).find((name) => name.endsWith('.js'))!;
    const response = await request(`app://counter/assets/${script}`);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(readFileSync(join(rendererRoot, 'assets', script)));
    expect(response.headers.get('content-security-policy')).toBe(RESOURCE_POLICY);
  });

  it.each([
    ['a traversal', 'app://counter/../main/index.js', 404],
    ['an encoded traversal', 'app://counter/%2e%2e/main/index.js', 404],
    ['a traversal with an encoded slash', 'app://counter/..%2fmain%2findex.js', 403],
    ['a deeper one from a folder', 'app://counter/assets/..%2f..%2f..%2fmain%2findex.js', 403],
    ['an encoded traversal to the package file', 'app://counter/%2e%2e%2f%2e%2e%2fpackage.json', 403],
    ['backslashes', 'app://counter/..\\..\\x', 400],
    ['encoded backslashes', 'app://counter/..%5c..%5cpackage.json', 400],
    ['a malformed escape', 'app://counter/%E0%A4%A', 400],
    ['a lone %', 'app://counter/%', 400],
    ['a NUL byte', 'app://counter/index.html%00.js', 400],
    ['an unknown host', 'app://evil/index.html', 404],
    ['another scheme', 'file:///etc/passwd', 404],
    ['a missing file', 'app://counter/nothing-here.js', 404],
    ['a folder', 'app://counter/assets/', 404],
  ])('refuses %s (%s) with %i and reads nothing outside the renderer folder', async (_name, url, status) => {
    electron.fetched.length = 0;
    const response = await request(url);
    expect(response.status).toBe(status);
    expect(await response.text()).toMatch(/^(Not found|Forbidden|Bad request)$/);
    expect(response.headers.get('content-security-policy')).toBe(RESOURCE_POLICY);
    for (const fetched of electron.fetched)
      expect(resolve(fileURLToPath(fetched)).startsWith(rendererRoot + sep)).toBe(true);
  });
});
