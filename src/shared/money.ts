// Money as whole minor units (cents): takings are added up as integers, never as floating-point sums,
// so a day of 1 000 sales of 8.99 is exactly 8 990.00 and not 8 989.999999999. Gigastore writes prices as
// JSON numbers (4.99); each is turned into minor units once, when it is read.

/** How many digits a currency's minor unit has (2 for EUR and USD, 0 for JPY, 3 for KWD), as Intl knows it. */
export function minorDigits(currencyCode: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency: currencyCode }).resolvedOptions()
      .maximumFractionDigits as number;
  } catch {
    // Not a well-formed currency code: the common case of two digits, rather than losing the amount.
    return 2;
  }
}

/** A price as an integer count of minor units: 4.99 USD is 499. */
export function toMinor(priceValue: number, currencyCode: string): number {
  return Math.round(priceValue * 10 ** minorDigits(currencyCode));
}

/** Minor units as a plain decimal text, for CSV and JSON readers: 499 USD is "4.99", -5 is "-0.05". */
export function minorToDecimal(minor: number, currencyCode: string): string {
  const digits = minorDigits(currencyCode);
  const sign = minor < 0 ? '-' : '';
  const text = String(Math.abs(minor)).padStart(digits + 1, '0');
  return digits === 0 ? `${sign}${text}` : `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/** Minor units as a person reads them in `language` ("$4.99", "4,99 €"). */
export function formatMinor(minor: number, currencyCode: string, language = 'en'): string {
  return new Intl.NumberFormat(language, { style: 'currency', currency: currencyCode }).format(
    Number(minorToDecimal(minor, currencyCode)),
  );
}
