// Missing or broken translations fail here: every customer language carries every customer-facing key of
// English, with the same {{placeholders}}; the clerk's languages carry every key of the clerk's window.
import { describe, expect, it } from 'vitest';
import de from '../../src/shared/i18n/de.json';
import en from '../../src/shared/i18n/en.json';
import { CUSTOMER_STRINGS } from '../../src/shared/customer-strings';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[prefix + key, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

describe('translations', () => {
  const english = new Map(leaves(CUSTOMER_STRINGS.en as unknown as Tree));

  it.each(Object.keys(CUSTOMER_STRINGS))(
    '%s has every customer-facing key, filled, with the same placeholders',
    (language) => {
      const strings = new Map(leaves(CUSTOMER_STRINGS[language as keyof typeof CUSTOMER_STRINGS] as unknown as Tree));
      expect([...strings.keys()].sort()).toEqual([...english.keys()].sort());
      for (const [key, text] of english) {
        const translated = strings.get(key) ?? '';
        expect(translated.trim(), `${language}: ${key}`).not.toBe('');
        expect(placeholders(translated), `${language}: ${key}`).toEqual(placeholders(text));
      }
    },
  );

  it('German has every key of the clerk’s window, with the same placeholders', () => {
    const english = new Map(leaves(en as unknown as Tree));
    const german = new Map(leaves(de as unknown as Tree));
    expect([...german.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of english) expect(placeholders(german.get(key) ?? ''), key).toEqual(placeholders(text));
  });
});
