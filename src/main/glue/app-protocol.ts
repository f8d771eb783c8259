// The renderer is served from app://counter/ rather than file://: a real origin for the CSP and the IPC
// sender check, and no file:// privileges. Only files inside the built renderer folder are served; every
// answer carries the Content-Security-Policy as a header too (the pages' meta tags stay the one place
// the policy is written: the header of a page is read from the page itself).
import { net, protocol } from 'electron';
import { isAbsolute, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const APP_SCHEME = 'app';
const APP_HOST = 'counter';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** For everything that is not a page (scripts, styles, pictures): should it ever be opened as a document, it may do nothing. */
const RESOURCE_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'";

const META_POLICY = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i;

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveRenderer(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, (request) => answerAppRequest(request.url, rendererRoot, (url) => net.fetch(url)));
}

const refusal = (status: 400 | 403 | 404, text: string) =>
  new Response(text, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'content-security-policy': RESOURCE_POLICY },
  });

/**
 * The file an app:// URL names inside `rendererRoot`, or the refusal: 400 for a URL that is not one
 * (a malformed % escape, a backslash or a NUL, which no file of ours has in its name), 404 for another
 * host, 403 for a path that leads out of the renderer folder.
 */
function rendererFile(url: string, rendererRoot: string): { file: string } | { refused: Response } {
  let parsed: URL;
  let path: string;
  try {
    parsed = new URL(url);
    path = decodeURIComponent(parsed.pathname === '/' ? '/index.html' : parsed.pathname);
  } catch {
    return { refused: refusal(400, 'Bad request') };
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return { refused: refusal(404, 'Not found') };
  if (/[\\\0]/.test(path)) return { refused: refusal(400, 'Bad request') };
  const root = resolve(rendererRoot);
  const file = resolve(root, `.${path}`);
  const inside = relative(root, file);
  // Out of the folder: a path up from it, or on another drive (Windows, where relative() answers absolute).
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return { refused: refusal(403, 'Forbidden') };
  return { file };
}

/** Answers one app:// request: the file (through `fetchFile`), with its Content-Security-Policy header. */
async function answerAppRequest(
  url: string,
  rendererRoot: string,
  fetchFile: (fileUrl: string) => Promise<Response>,
): Promise<Response> {
  const target = rendererFile(url, rendererRoot);
  if ('refused' in target) return target.refused;
  let response: Response;
  try {
    response = await fetchFile(pathToFileURL(target.file).toString());
  } catch {
    return refusal(404, 'Not found'); // no such file (net.fetch rejects rather than answering 404)
  }
  if (!response.ok) return refusal(404, 'Not found');
  const headers = new Headers(response.headers);
  headers.set('x-content-type-options', 'nosniff');
  if (!target.file.endsWith('.html')) {
    headers.set('content-security-policy', RESOURCE_POLICY);
    return new Response(response.body, { status: response.status, headers });
  }
  // A page: the same policy as its meta tag. A page without one gets the resource policy and shows
  // nothing, which a test would see at once; it is never served without a policy.
  const html = await response.text();
  headers.set('content-security-policy', META_POLICY.exec(html)?.[1] ?? RESOURCE_POLICY);
  return new Response(html, { status: response.status, headers });
}
