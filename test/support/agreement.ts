// Whether the journal and the simulated Gigastore account tell the same story: every sale the journal
// calls completed holds exactly one package at Gigastore that is not refunded, every sale it calls not
// charged (or refused) holds none, and Gigastore holds no package under a metatag the journal lacks.
import type { GigastoreSimulator } from '../../src/main/simulator/server';

export interface Disagreement {
  saleId: string;
  status: string;
  packagesKept: number;
}

/** Every sale whose journal status and Gigastore's packages disagree; [] when they agree. */
export function disagreements(sales: Array<{ saleId: string; status: string }>, simulator: GigastoreSimulator) {
  const items = simulator.account.activatedItems(undefined, undefined);
  const kept = (metatag: string) =>
    items.filter((item) => item.metatag === metatag && !simulator.account.refunded.has(item.uid)).length;
  const found: Disagreement[] = [];
  for (const sale of sales) {
    const packagesKept = kept(sale.saleId);
    const expected = sale.status === 'completed' ? 1 : 0;
    if (packagesKept !== expected) found.push({ saleId: sale.saleId, status: sale.status, packagesKept });
  }
  const known = new Set(sales.map((sale) => sale.saleId));
  for (const item of items) {
    if (item.metatag && !known.has(item.metatag))
      found.push({ saleId: item.metatag, status: 'not in the journal', packagesKept: kept(item.metatag) });
  }
  return found;
}

/** How many times Gigastore charged each metatag (refunds not subtracted). */
export const chargesOf = (simulator: GigastoreSimulator, metatag: string) =>
  simulator.account.activations.filter((activation) => activation.metatag === metatag).length;
