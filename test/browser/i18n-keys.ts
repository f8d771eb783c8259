// What an untranslated string looks like on screen: an i18n key such as "catalogue.title" or
// "customer.scan.steps.1". Built from the key list of en.json (plural suffixes dropped, as i18next asks
// for "catalogue.count" and resolves "catalogue.count_other"), plus any dotted word under one of its
// namespaces, which also catches a key that exists in no file at all.
import type { Page } from '@playwright/test';
import en from '../../src/shared/i18n/en.json';

type Tree = { [key: string]: string | Tree };

function keysOf(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const I18N_KEYS = [...new Set(keysOf(en).map((key) => key.replace(/_(zero|one|two|few|many|other)$/, '')))];

/** A key from the list, or a namespace followed by a dot and a word: never text a person should read. */
export const RAW_KEY = new RegExp(
  [
    ...[...I18N_KEYS].sort((a, b) => b.length - a.length).map(escape),
    `(?:${Object.keys(en).map(escape).join('|')})\\.[A-Za-z0-9_-]+`,
  ]
    .map((alternative) => `(?<![\\w.])${alternative}(?![\\w-])`)
    .join('|'),
  'g',
);

/** The raw keys visible in the page's text now (none, when every string is translated). */
export async function rawKeysOn(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => document.body.innerText);
  return text.match(RAW_KEY) ?? [];
}
