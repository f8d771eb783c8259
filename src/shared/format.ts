// Everything a person reads that depends on the language: country names (Intl.DisplayNames), prices
// (Intl.NumberFormat currency), data sizes (Intl unit), validity (plural keys), times and dates. Shared by
// the clerk's window and the receipts main prints; `t` is the caller's i18next translate function.
import { coverageOf, type CatalogueItem } from './catalogue';
import { ISO_COUNTRY_CODES } from './country-codes';
import type { Price } from './gigastore';

/** The part of i18next's t() the formatters use. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface Country {
  code: string;
  name: string;
}

const INTL_BYTE_UNIT = { KB: 'kilobyte', MB: 'megabyte', GB: 'gigabyte', TB: 'terabyte' } as const;

// Gigastore writes the unit as a free string ("days" in the docs); singular and plural both count.
const VALIDITY_UNIT: Record<string, 'day' | 'week' | 'month' | 'year'> = {
  day: 'day',
  days: 'day',
  week: 'week',
  weeks: 'week',
  month: 'month',
  months: 'month',
  year: 'year',
  years: 'year',
};

const ISO_REGION = /^[A-Z]{2}$/;

/** Number formats made once per key: they are slow to make and used for every row. */
function madeOnce<K extends string>(make: (key: K) => Intl.NumberFormat): (key: K) => Intl.NumberFormat {
  const made = new Map<K, Intl.NumberFormat>();
  return (key) => {
    let format = made.get(key);
    if (!format) {
      format = make(key);
      made.set(key, format);
    }
    return format;
  };
}

/** One set of formatters for a language; worth keeping, as its Intl objects take milliseconds to make. */
export function makeFormatters(language: string, t: Translate) {
  const regionNames = new Intl.DisplayNames([language], { type: 'region' });
  const collator = new Intl.Collator(language);
  const priceFormat = madeOnce((currency) => new Intl.NumberFormat(language, { style: 'currency', currency }));
  const sizeFormat = madeOnce(
    (unit: keyof typeof INTL_BYTE_UNIT) =>
      new Intl.NumberFormat(language, { style: 'unit', unit: INTL_BYTE_UNIT[unit], maximumFractionDigits: 2 }),
  );
  const timeFormat = new Intl.DateTimeFormat(language, { timeStyle: 'medium' });
  const dateTimeFormat = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' });
  const shortDateTimeFormat = new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'medium' });

  const countryName = (code: string): string => (ISO_REGION.test(code) ? (regionNames.of(code) ?? code) : code);

  // Every country named and sorted: only the country picker needs it, so it is made when first asked for.
  let sortedCountries: Country[] | undefined;
  const countries = (): Country[] =>
    (sortedCountries ??= ISO_COUNTRY_CODES.map((code) => ({ code, name: countryName(code) })).sort((a, b) =>
      collator.compare(a.name, b.name),
    ));

  /** The coverage as a name alone: "Austria", "Worldwide", "Region EU+". */
  const coverageName = (countrySet: string): string => {
    switch (coverageOf(countrySet)) {
      case 'worldwide':
        return t('coverage.worldwide');
      case 'country':
        return countryName(countrySet);
      case 'regional':
        return t('coverage.region', { code: countrySet });
    }
  };

  /** The coverage for a list row: a country carries its code too, so Austria (AT) is not Australia (AU). */
  const coverageLabel = (countrySet: string): string =>
    coverageOf(countrySet) === 'country'
      ? t('coverage.country', { name: countryName(countrySet), code: countrySet })
      : coverageName(countrySet);

  const price = ({ priceValue, currencyCode }: Price): string => priceFormat(currencyCode).format(priceValue);

  const dataSize = ({ sizeValue, sizeUnit }: Pick<CatalogueItem, 'sizeValue' | 'sizeUnit'>): string =>
    sizeFormat(sizeUnit).format(sizeValue);

  const validity = (item: Pick<CatalogueItem, 'validitySize' | 'validityUnit' | 'validityUnlimited'>): string => {
    if (item.validityUnlimited) return t('validity.unlimited');
    const unit = VALIDITY_UNIT[item.validityUnit.toLowerCase()];
    if (!unit) return t('validity.otherUnit', { count: item.validitySize, unit: item.validityUnit });
    return t(`validity.${unit}`, { count: item.validitySize });
  };

  const time = (iso: string): string => timeFormat.format(new Date(iso));

  const dateTime = (iso: string): string => dateTimeFormat.format(new Date(iso));

  /** For list rows, where the columns are narrow. */
  const shortDateTime = (iso: string): string => shortDateTimeFormat.format(new Date(iso));

  return {
    countries,
    countryName,
    coverageName,
    coverageLabel,
    price,
    dataSize,
    validity,
    time,
    dateTime,
    shortDateTime,
  };
}

export type Formatters = ReturnType<typeof makeFormatters>;
