// The catalogue search over the demo inventory, with the search fields the screen builds (the package
// name and the coverage named in the clerk's language): the Austria/Australia mistake made hard.
import { describe, expect, it } from 'vitest';
import { sizeInMb, toCatalogueItem, type CatalogueItem } from '../../src/shared/catalogue';
import { demoCatalogue } from '../../src/main/simulator/catalogue';
import {
  EMPTY_QUERY,
  filterCatalogue,
  foldForSearch,
  type SearchFields,
} from '../../src/renderer/src/screens/catalogue/searchCatalogue';

const items = demoCatalogue().map(toCatalogueItem);

function search(text: string, language = 'en', query = EMPTY_QUERY): CatalogueItem[] {
  const names = new Intl.DisplayNames([language], { type: 'region' });
  const fieldsOf = (item: CatalogueItem): SearchFields => ({
    code: foldForSearch(item.countrySet),
    texts: [item.name, item.coverage === 'country' ? names.of(item.countrySet)! : item.countrySet].map(foldForSearch),
  });
  return filterCatalogue(items, { ...query, text }, fieldsOf);
}

describe('the catalogue search', () => {
  it('finds Austria by its name and never Australia', () => {
    const found = search('austria');
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(found.map((item) => item.countrySet))).toEqual(new Set(['AT']));
  });

  it('puts an exact country code first: "au" is Australia, then what begins with "au" (Austria)', () => {
    const found = search('au').map((item) => item.countrySet);
    const australia = found.filter((code) => code === 'AU').length;
    expect(australia).toBeGreaterThan(0);
    expect(found.slice(0, australia)).toEqual(Array(australia).fill('AU'));
    expect(found.slice(australia)).toContain('AT');
  });

  it('puts "at" on Austria before every package that merely contains the letters', () => {
    const found = search('at');
    expect(found[0]?.countrySet).toBe('AT');
    expect(found.some((item) => item.countrySet !== 'AT')).toBe(true); // "United States" contains them
    const lastAustria = found.map((item) => item.countrySet).lastIndexOf('AT');
    expect(found.slice(0, lastAustria + 1).every((item) => item.countrySet === 'AT')).toBe(true);
  });

  it('matches every word, without accents or case, in the clerk’s language', () => {
    expect(search('osterreich', 'de').every((item) => item.countrySet === 'AT')).toBe(true);
    expect(search('OSTERREICH', 'de').length).toBeGreaterThan(0);
    const austria3 = search('austria 3 gb');
    expect(austria3.map((item) => item.name)).toEqual(['eSIM Austria 3 GB']);
  });

  it('applies the coverage, data and validity filters, and keeps the catalogue order otherwise', () => {
    expect(search('')).toEqual(items);
    const regional = search('', 'en', { ...EMPTY_QUERY, coverage: 'regional' });
    expect(regional.length).toBeGreaterThan(0);
    expect(regional.every((item) => item.coverage === 'regional')).toBe(true);
    const big = search('', 'en', { ...EMPTY_QUERY, minDataMb: 10_000, minValidityDays: 30 });
    expect(big.length).toBeGreaterThan(0);
    expect(big.every((item) => sizeInMb(item) >= 10_000)).toBe(true);
    expect(big.length).toBeLessThan(items.length);
  });
});
