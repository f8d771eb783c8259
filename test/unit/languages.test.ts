// Missing or broken translations fail here: every customer language carries exactly the customer-facing
// keys of every other, with the same {{placeholders}}; a plural key carries the forms its own language's
// grammar needs for whole numbers (Polish `_few` and `_many`, Arabic all six, Chinese and Japanese only
// `_other`), and no others. The clerk's languages carry every key of the clerk's window.
import { describe, expect, it } from 'vitest';
import de from '../../src/shared/i18n/de.json';
import en from '../../src/shared/i18n/en.json';
import { CUSTOMER_STRINGS } from '../../src/shared/customer-strings';
import { makeFormatters } from '../../src/shared/format';
import { CUSTOMER_LANGUAGES, textDirection, type CustomerLanguage } from '../../src/shared/languages';
import { translator } from '../../src/main/core/i18n';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[prefix + key, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

const PLURAL_FORM = /^(.+)_(zero|one|two|few|many|other)$/;

/** The plural forms a language uses for counts of whole things (0 to 1000), plus `other`, i18next's last resort. */
function pluralForms(language: string): string[] {
  const rules = new Intl.PluralRules(language);
  const forms = new Set(['other']);
  for (let count = 0; count <= 1000; count += 1) forms.add(rules.select(count));
  return [...forms].sort();
}

/** A language's keys, each plural key once by its base (`validity.day`), with the forms it carries. */
function keysOf(language: CustomerLanguage) {
  const texts = new Map(leaves(CUSTOMER_STRINGS[language] as unknown as Tree));
  const plurals = new Map<string, string[]>();
  const keys = new Set<string>();
  for (const key of texts.keys()) {
    const plural = PLURAL_FORM.exec(key);
    if (!plural) {
      keys.add(key);
      continue;
    }
    keys.add(plural[1]!);
    plurals.set(plural[1]!, [...(plurals.get(plural[1]!) ?? []), plural[2]!].sort());
  }
  return { texts, keys: [...keys].sort(), plurals };
}

describe('translations', () => {
  const english = keysOf('en');

  it('has twelve customer languages, Arabic the one right to left', () => {
    expect(CUSTOMER_LANGUAGES).toHaveLength(12);
    expect(Object.keys(CUSTOMER_STRINGS).sort()).toEqual([...CUSTOMER_LANGUAGES].sort());
    expect(CUSTOMER_LANGUAGES.filter((language) => textDirection(language) === 'rtl')).toEqual(['ar']);
  });

  it.each(CUSTOMER_LANGUAGES)('%s has exactly the keys of every other customer language', (language) => {
    const own = keysOf(language);
    for (const other of CUSTOMER_LANGUAGES)
      expect(own.keys, `${language} against ${other}`).toEqual(keysOf(other).keys);
    for (const [key, forms] of own.plurals) expect(forms, `${language}: ${key}`).toEqual(pluralForms(language));
  });

  it.each(CUSTOMER_LANGUAGES)('%s fills every key, with the placeholders English has', (language) => {
    const { texts } = keysOf(language);
    for (const [key, text] of texts) {
      expect(text.trim(), `${language}: ${key}`).not.toBe('');
      const base = PLURAL_FORM.exec(key)?.[1];
      const englishText = english.texts.get(base ? `${base}_other` : key);
      expect(englishText, `${language}: ${key} is not an English key`).toBeDefined();
      expect(placeholders(text), `${language}: ${key}`).toEqual(placeholders(englishText!));
    }
  });

  it('counts in each language’s own grammar', () => {
    const validity = (language: CustomerLanguage, days: number[]) => {
      const format = makeFormatters(language, translator(language));
      return days.map((validitySize) =>
        format.validity({ validitySize, validityUnit: 'days', validityUnlimited: false }),
      );
    };
    expect(validity('pl', [1, 2, 5, 22])).toEqual(['1 dzień', '2 dni', '5 dni', '22 dni']);
    expect(validity('ar', [3, 11, 100])).toEqual(['3 أيام', '11 يومًا', '100 يوم']);
    expect(validity('zh', [30])).toEqual(['30天']);
    expect(validity('ja', [30])).toEqual(['30日間']);
    expect(validity('nl', [1, 30])).toEqual(['1 dag', '30 dagen']);
    expect(validity('pt', [1, 30])).toEqual(['1 dia', '30 dias']);
  });

  it('German has every key of the clerk’s window, with the same placeholders', () => {
    const english = new Map(leaves(en as unknown as Tree));
    const german = new Map(leaves(de as unknown as Tree));
    expect([...german.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of english) expect(placeholders(german.get(key) ?? ''), key).toEqual(placeholders(text));
  });
});
