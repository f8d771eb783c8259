// The CLI's money commands: sell (journaled before the request, never re-sent), journal (the record of
// every sale), and reconcile (settles sales whose outcome was lost). Same ledger and journal as the app.
import { toCatalogueItem, type CatalogueItem } from '../../shared/catalogue';
import { manualEntryOf } from '../../shared/lpa';
import { type SaleRecord, unrefundedDuplicates } from '../../shared/sale';
import type { GigastoreClient } from '../core/gigastore/client';
import { dayRange, findSales, salesCsv, toSaleView } from '../core/journal/history';
import { SalesLedger } from '../core/journal/ledger';
import { SaleRecords } from '../core/journal/sale-records';
import { SalesJournal } from '../core/journal/sales-journal';
import { newSaleId } from '../core/sale-id';
import { client, json, type CommandContext } from './commands';
import { saleMode } from './gigastore-target';
import { countryOption, dateRangeOptions, emailOption, idOption } from './input';
import { UsageError } from './usage';

/** Opens the journal for one command (its problems said on stderr) and closes it after. */
export async function withRecords<T>(context: CommandContext, use: (records: SaleRecords) => Promise<T>): Promise<T> {
  const journal = SalesJournal.open(context.env.dataDir);
  journal.problems.forEach((problem) => context.io.err(problem));
  try {
    return await use(new SaleRecords(journal));
  } finally {
    journal.close();
  }
}

export function withLedger<T>(context: CommandContext, use: (ledger: SalesLedger) => Promise<T>): Promise<T> {
  const reconciliationWindowMs = () => context.env.settings.reconciliationWindowMs;
  return withRecords(context, (records) => use(new SalesLedger(records, { reconciliationWindowMs })));
}

/** The inventory item a command names, as the counter shows it. */
export async function inventoryItem(gigastore: GigastoreClient, itemId: string): Promise<CatalogueItem> {
  const item = (await gigastore.inventory()).map(toCatalogueItem).find((candidate) => candidate.id === itemId);
  if (!item) throw new UsageError(`There is no package ${itemId} in the inventory; run "inventory" to list them.`);
  return item;
}

export async function sell(context: CommandContext): Promise<number> {
  // Every option and the environment first: a bad one is said before anything is journaled or sent.
  const itemId = idOption(context.options, 'item', 'item');
  const country = countryOption(context.options);
  const email = emailOption(context.options);
  if (!context.env.storeIp)
    throw new UsageError("Set ESIM_COUNTER_STORE_IP to the store's public IP: Gigastore requires it with every sale.");
  const gigastore = client(context.env);

  const mode = await saleMode(gigastore.baseUrl);
  const item = await inventoryItem(gigastore, itemId);
  const sale = await withLedger(context, (ledger) =>
    ledger.sell(gigastore, {
      saleId: newSaleId(context.env.counterId),
      counterId: context.env.counterId,
      mode,
      item,
      price: item.retailPrice,
      customerCountry: country,
      ...(email ? { customerEmail: email } : {}),
      userIp: context.env.storeIp,
    }),
  );
  return report(context, sale);
}

/** The eSIMs a sale's package is on: the one it made, or (a top-up) every eSIM its customer had. */
function esimsOf(sale: SaleRecord): string[] {
  if (sale.iccid) return [sale.iccid];
  return sale.kind === 'topup' ? (sale.knownIccids ?? []) : [];
}

export function report(context: CommandContext, sale: SaleRecord): number {
  const entry = sale.activationCode ? manualEntryOf(sale.activationCode) : null;
  const manual = entry ? { smdpAddress: entry.smdpAddress, matchingId: entry.matchingId } : {};
  const esims = esimsOf(sale);
  if (context.options.json) {
    context.io.out(
      json({
        metatag: sale.saleId,
        status: sale.status,
        item: sale.item.name,
        price: sale.price,
        customerUid: sale.customerUid,
        activatedItemUid: sale.activatedItemUid,
        iccid: esims.length === 1 ? esims[0] : undefined,
        ...(sale.kind === 'topup' ? { iccids: esims } : {}),
        activationCode: sale.activationCode,
        ...manual,
        state: sale.esimState,
      }),
    );
  }
  const error = sale.errors.at(-1)?.message ?? '';
  switch (sale.status) {
    case 'completed':
      if (!context.options.json) {
        const price = `${sale.price.priceValue.toFixed(2)} ${sale.price.currencyCode}`;
        context.io.out(
          sale.kind === 'topup'
            ? `Topped up customer ${sale.customerUid} with ${sale.item.name} for ${price} (sale ${sale.saleId})`
            : `Sold ${sale.item.name} for ${price} (sale ${sale.saleId})`,
        );
        if (esims.length === 0) context.io.out('Gigastore lists no eSIM for this customer.');
        if (esims.length > 1)
          context.io.out(`The customer has ${esims.length} eSIMs; Gigastore does not say which one the package is on:`);
        esims.forEach((iccid) => context.io.out(`ICCID            ${iccid}`));
        if (sale.activationCode) context.io.out(`Activation code  ${sale.activationCode}`);
        if (entry) {
          context.io.out(`SM-DP+ address   ${entry.smdpAddress}`);
          context.io.out(`Matching id      ${entry.matchingId}`);
        }
        if (sale.esimState) context.io.out(`State            ${sale.esimState}`);
      }
      return 0;
    case 'refused':
    case 'not-charged':
      context.io.err(`${error} Nothing was charged (sale ${sale.saleId}).`);
      return 1;
    default:
      context.io.err(
        `${error} Sale ${sale.saleId} may have gone through: run "reconcile" to find out, and do not sell it again before.`,
      );
      return 1;
  }
}

export async function journal(context: CommandContext): Promise<number> {
  if (context.options.json && context.options.csv) throw new UsageError('Choose one of --json and --csv.');
  const range = dateRangeOptions(context.options);
  const journalFile = SalesJournal.open(context.env.dataDir);
  journalFile.problems.forEach((problem) => context.io.err(problem));
  try {
    const sales = findSales(journalFile.all(dayRange(range)), range).reverse();
    if (context.options.csv) context.io.csv(salesCsv(sales));
    else if (context.options.json) sales.forEach((sale) => context.io.out(json(toSaleView(sale))));
    else if (sales.length === 0) context.io.out('No sales in the journal for these days.');
    else {
      for (const sale of sales) {
        const price = `${sale.price.priceValue.toFixed(2)} ${sale.price.currencyCode}`;
        context.io.out(
          `${sale.startedAt}  ${sale.saleId}  ${sale.status.padEnd(11)}  ${sale.item.name}  ${price}  ${sale.iccid ?? '-'}  ${sale.esimState ?? ''}`,
        );
      }
    }
    return 0;
  } finally {
    journalFile.close();
  }
}

/** Exit code of `reconcile` while a sale is charged twice and its duplicate is not refunded. */
const EXIT_DOUBLE_CHARGE = 4;

export async function reconcile(context: CommandContext): Promise<number> {
  const outcomes = await withLedger(context, (ledger) => ledger.reconcile(client(context.env)));
  if (outcomes.length === 0 && !context.options.json) context.io.out('No sale is waiting to be checked.');
  for (const { saleId, outcome, sale } of outcomes) {
    const duplicates = unrefundedDuplicates(sale).map((duplicate) => duplicate.activatedItemUid);
    if (context.options.json) {
      context.io.out(
        json({
          saleId,
          outcome,
          status: sale.status,
          iccid: sale.iccid,
          ...(duplicates.length ? { duplicates } : {}),
        }),
      );
    } else {
      const iccid = sale.iccid ? `  ICCID ${sale.iccid}` : '';
      const refund = duplicates.length
        ? `  refund the duplicate: refund --item ${duplicates.join(' and --item ')} --reason "double charge"`
        : '';
      context.io.out(`${saleId}  ${outcome}${iccid}${refund}`);
    }
  }
  return outcomes.some((outcome) => outcome.outcome === 'double-charge') ? EXIT_DOUBLE_CHARGE : 0;
}

/** Sends a sale that is not charged (or was refused) again, as the same sale; anything else is refused. */
export async function retry(context: CommandContext): Promise<number> {
  const saleId = idOption(context.options, 'sale', 'sale');
  const sale = await withLedger(context, (ledger) => ledger.retry(client(context.env), saleId));
  return report(context, sale);
}
