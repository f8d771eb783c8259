// The only web pages the console ever opens in the system browser: the Gigastore portal (where API
// credentials are made) and its documentation. The renderer names a page; it never passes a URL, and
// whatever reaches shell.openExternal is checked against this list first.
import { ConsoleError } from './errors';

const EXTERNAL_PAGES = {
  'gigastore-portal': 'https://dent.giga.store/#/api',
  'gigastore-docs': 'https://docs.giga.store/',
} as const;
type ExternalPage = keyof typeof EXTERNAL_PAGES;

const ALLOWED_ORIGINS = new Set(Object.values(EXTERNAL_PAGES).map((url) => new URL(url).origin));

export function isAllowedExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === 'https:' && !parsed.username && !parsed.password && ALLOWED_ORIGINS.has(parsed.origin);
}

/** Opens an allow-listed page through `open` (shell.openExternal in the app). */
export async function openExternalPage(
  page: ExternalPage,
  open: ((url: string) => Promise<void>) | undefined,
): Promise<void> {
  const url = EXTERNAL_PAGES[page];
  if (!open || !isAllowedExternalUrl(url))
    throw new ConsoleError('external.unavailable', 'Opening web pages is not available here.');
  await open(url);
}
