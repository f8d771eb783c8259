// The clerk's English strings for what the CLI says in the app's words (device and connectivity checks), from
// the same en.json the clerk's window reads, so the two never say different things. A missing key prints as
// the key itself (as i18next does), which the tests would see.
import en from '../../shared/i18n/en.json';

type Tree = { [key: string]: string | Tree };

export function english(key: string, values: Record<string, string | number> = {}): string {
  let node: string | Tree | undefined = en as unknown as Tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') return key;
  return node.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => String(values[name] ?? whole));
}
