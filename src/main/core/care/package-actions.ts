// What support does to a package Gigastore sold: refund it, start an ON_DEMAND one. The app's customer
// care and the CLI both call these, so a refund is asked, worded and recorded one way.
import type { RefundOutcome } from '../../../shared/care';
import type { GigastoreClient } from '../gigastore/client';
import { GigastoreError } from '../gigastore/errors';
import type { SaleRecords } from '../journal/sale-records';

interface PackageRefund {
  activatedItemUid: string;
  reason: string;
  clerk?: string | undefined;
}

/**
 * Refunds an unused package. Gigastore decides: its refusal is returned word for word. When the package
 * belongs to a sale of this journal (its metatag), the attempt is recorded with that sale, naming the
 * package when it is not the sale's own (a duplicate charge).
 */
export async function refundPackage(
  client: GigastoreClient,
  records: SaleRecords,
  { activatedItemUid, reason, clerk }: PackageRefund,
): Promise<RefundOutcome & { saleId?: string; path?: string }> {
  const metatag = (await client.activatedItem(activatedItemUid)).metatag ?? undefined;
  let outcome: RefundOutcome & { path?: string };
  try {
    const { path } = await client.refund(activatedItemUid);
    outcome = { outcome: 'refunded', message: 'Refunded: the package no longer works, and its credit is back.', path };
  } catch (error) {
    if (!(error instanceof GigastoreError)) throw error;
    outcome = error.outcomeUncertain
      ? { outcome: 'uncertain', message: `${error.message} Look the customer up before trying again.` }
      : { outcome: 'refused', message: error.serverMessage ?? error.message };
  }
  const sale = metatag ? records.journal.get(metatag) : undefined;
  if (!sale) return outcome;
  records.refund(sale.saleId, {
    outcome: outcome.outcome,
    reason,
    // For support: the path that answered when refunded, Gigastore's sentence otherwise.
    message: outcome.path ? `Refunded through ${outcome.path}.` : outcome.message,
    ...(clerk ? { clerk } : {}),
    ...(sale.activatedItemUid !== activatedItemUid ? { activatedItemUid } : {}),
  });
  return { ...outcome, saleId: sale.saleId };
}

/** Starts an ON_DEMAND package now (its validity runs from this moment), recorded with its sale. */
export async function startPackage(client: GigastoreClient, records: SaleRecords, activatedItemUid: string) {
  const item = await client.activateItem(activatedItemUid);
  const sale = item.metatag ? records.journal.get(item.metatag) : undefined;
  if (sale) records.started(sale.saleId);
  return item;
}
