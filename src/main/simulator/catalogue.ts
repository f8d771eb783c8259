// A realistic demo inventory: worldwide, regional and single-country packages, MB and GB, several
// validities, priced in USD like every Gigastore example. Austria and Australia are both on sale on
// purpose: it is the classic wrong-package mistake the counter must make hard to commit.
import type { InventoryItem } from '../../shared/gigastore';

/** Regions the simulator sells, with the countries each covers (Gigastore's codes for regions are unknown). */
const REGIONS: Record<string, { name: string; countries: string[] }> = {
  EUR: {
    name: 'Europe',
    countries: [
      'AT',
      'BE',
      'CH',
      'CZ',
      'DE',
      'DK',
      'ES',
      'FI',
      'FR',
      'GB',
      'GR',
      'HR',
      'HU',
      'IE',
      'IT',
      'NL',
      'NO',
      'PL',
      'PT',
      'SE',
    ],
  },
  ASI: { name: 'Asia', countries: ['CN', 'HK', 'ID', 'IN', 'JP', 'KR', 'MY', 'PH', 'SG', 'TH', 'TW', 'VN'] },
  NAM: { name: 'North America', countries: ['CA', 'MX', 'US'] },
  LAT: { name: 'Latin America', countries: ['AR', 'BR', 'CL', 'CO', 'MX', 'PE'] },
  MEA: { name: 'Middle East & Africa', countries: ['AE', 'EG', 'IL', 'JO', 'MA', 'SA', 'TR', 'ZA'] },
};

const COUNTRIES: Array<[code: string, name: string, priceFactor: number]> = [
  ['AT', 'Austria', 1],
  ['AU', 'Australia', 1.3],
  ['DE', 'Germany', 1],
  ['FR', 'France', 1],
  ['IT', 'Italy', 1],
  ['ES', 'Spain', 1],
  ['GB', 'United Kingdom', 1.1],
  ['CH', 'Switzerland', 1.4],
  ['GR', 'Greece', 1],
  ['TR', 'Turkey', 1.2],
  ['US', 'United States', 1.2],
  ['TH', 'Thailand', 0.9],
  ['JP', 'Japan', 1.3],
  ['EG', 'Egypt', 1.5],
];

/** [size, unit, validity days, base retail USD] */
const COUNTRY_PLANS: Array<[number, 'MB' | 'GB', number, number]> = [
  [500, 'MB', 7, 3.99],
  [3, 'GB', 15, 8.99],
  [10, 'GB', 30, 17.99],
];
const REGION_PLANS: Array<[number, 'MB' | 'GB', number, number]> = [
  [1, 'GB', 7, 6.99],
  [5, 'GB', 30, 19.99],
  [20, 'GB', 90, 44.99],
];
const WORLD_PLANS: Array<[number, 'MB' | 'GB', number, number]> = [
  [50, 'MB', 365, 4.99],
  [1, 'GB', 30, 12.99],
  [5, 'GB', 90, 39.99],
  [10, 'GB', 365, 69.99],
];

const usd = (value: number, sortIndex = 0) => ({
  sortIndex,
  priceValue: Math.round(value * 100) / 100,
  currencyCode: 'USD',
});

/** Stable UUID-shaped ids, so a journal from an earlier demo run still points at the same items. */
function itemId(countrySet: string, size: number, unit: string, days: number): string {
  const key = `${countrySet}-${size}${unit}-${days}d`;
  const hex = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b]
    .map((seed) => {
      let hash = seed;
      for (const char of key) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
      return hash.toString(16).padStart(8, '0');
    })
    .join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function item(
  countrySet: string,
  label: string,
  plan: [number, 'MB' | 'GB', number, number],
  factor: number,
): InventoryItem {
  const [size, unit, days, base] = plan;
  const retail = Math.round(base * factor) - 0.01;
  return {
    id: itemId(countrySet, size, unit, days),
    productId: itemId(`p-${countrySet}`, size, unit, days),
    name: `eSIM ${label} ${size} ${unit}`,
    sizeValue: size,
    sizeUnit: unit,
    validitySize: days,
    validityUnit: 'days',
    validityUnlimited: false,
    countrySet,
    prices: [usd(retail * 0.3)],
    retailPrices: [usd(retail)],
  };
}

export function demoCatalogue(): InventoryItem[] {
  return [
    ...WORLD_PLANS.map((plan) => item('WWW', 'Worldwide', plan, 1)),
    ...Object.entries(REGIONS).flatMap(([code, region]) =>
      REGION_PLANS.map((plan) => item(code, region.name, plan, 1)),
    ),
    ...COUNTRIES.flatMap(([code, name, factor]) => COUNTRY_PLANS.map((plan) => item(code, name, plan, factor))),
  ];
}

/** The countries a country set covers, as the countries API lists them. */
export function countriesOf(countrySet: string): string[] {
  if (countrySet === 'WWW') {
    const all = new Set(Object.values(REGIONS).flatMap((region) => region.countries));
    COUNTRIES.forEach(([code]) => all.add(code));
    return [...all].sort();
  }
  return REGIONS[countrySet]?.countries ?? (/^[A-Z]{2}$/.test(countrySet) ? [countrySet] : []);
}
