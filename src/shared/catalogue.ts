// What the counter shows of an inventory item, and the pure helpers the catalogue screen, the CLI and the
// receipts share (coverage kind, data size in MB, search matching).
import { z } from 'zod';
import { PriceSchema, SizeUnitSchema, type InventoryItem } from './gigastore';

const CoverageSchema = z.enum(['worldwide', 'regional', 'country']);
export type Coverage = z.infer<typeof CoverageSchema>;

export const CatalogueItemSchema = z.object({
  id: z.string(),
  name: z.string(),
  sizeValue: z.number(),
  sizeUnit: SizeUnitSchema,
  validitySize: z.number(),
  validityUnit: z.string(),
  validityUnlimited: z.boolean(),
  countrySet: z.string(),
  coverage: CoverageSchema,
  retailPrice: PriceSchema,
});
export type CatalogueItem = z.infer<typeof CatalogueItemSchema>;

export function coverageOf(countrySet: string): Coverage {
  if (countrySet === 'WWW') return 'worldwide';
  return /^[A-Z]{2}$/.test(countrySet) ? 'country' : 'regional';
}

const MB_PER_UNIT = { KB: 1 / 1024, MB: 1, GB: 1024, TB: 1024 * 1024 } as const;

/** Gigastore counts 1 GB = 1024 MB. */
export function sizeInMb(item: Pick<CatalogueItem, 'sizeValue' | 'sizeUnit'>): number {
  return item.sizeValue * MB_PER_UNIT[item.sizeUnit];
}

const DAYS_PER_UNIT: Record<string, number> = {
  day: 1,
  days: 1,
  week: 7,
  weeks: 7,
  month: 30,
  months: 30,
  year: 365,
  years: 365,
};

/** Validity in days for sorting and filtering; unknown units sort last. */
export function validityInDays(
  item: Pick<CatalogueItem, 'validitySize' | 'validityUnit' | 'validityUnlimited'>,
): number {
  if (item.validityUnlimited) return Number.POSITIVE_INFINITY;
  const perUnit = DAYS_PER_UNIT[item.validityUnit.toLowerCase()];
  return perUnit === undefined ? Number.POSITIVE_INFINITY : item.validitySize * perUnit;
}

export function toCatalogueItem(item: InventoryItem): CatalogueItem {
  const [retailPrice] = [...item.retailPrices].sort((a, b) => (a.sortIndex ?? 0) - (b.sortIndex ?? 0));
  if (!retailPrice) throw new Error(`Inventory item ${item.id} has no retail price.`);
  return {
    id: item.id,
    name: item.name,
    sizeValue: item.sizeValue,
    sizeUnit: item.sizeUnit,
    validitySize: item.validitySize,
    validityUnit: item.validityUnit,
    validityUnlimited: item.validityUnlimited ?? false,
    countrySet: item.countrySet,
    coverage: coverageOf(item.countrySet),
    retailPrice,
  };
}
