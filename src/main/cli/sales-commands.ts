// The CLI's money commands: sell (journaled before the request, never re-sent), journal (the record of
// every sale), and reconcile (settles sales whose outcome was lost). Same ledger and journal as the app.
import { toCatalogueItem, type CatalogueItem } from '../../shared/catalogue';
import { parseActivationCode } from '../../shared/lpa';
import { type SaleRecord, unrefundedDuplicates } from '../../shared/sale';
import { CountryCodeSchema } from '../../shared/settings';
import type { GigastoreClient } from '../core/gigastore/client';
import { dayRange, findSales, salesCsv, toSaleView } from '../core/journal/history';
import { SalesLedger } from '../core/journal/ledger';
import { SaleRecords } from '../core/journal/sale-records';
import { SalesJournal } from '../core/journal/sales-journal';
import { newSaleId } from '../core/sale-id';
import { client, json, required, type CommandContext } from './commands';
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

export const isLoopback = (url: string) => /^https?:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:|\/|$)/.test(url);

/** A customer's country from the command line, as Gigastore wants it (two capital letters). */
export function countryCode(country: string): string {
  const code = country.toUpperCase();
  if (!CountryCodeSchema.safeParse(code).success)
    throw new UsageError(`--country "${code}" is not a two-letter country code.`);
  return code;
}

/** The inventory item a command names, as the counter shows it. */
export async function inventoryItem(gigastore: GigastoreClient, itemId: string): Promise<CatalogueItem> {
  const item = (await gigastore.inventory()).map(toCatalogueItem).find((candidate) => candidate.id === itemId);
  if (!item) throw new UsageError(`There is no package ${itemId} in the inventory; run "inventory" to list them.`);
  return item;
}

export async function sell(context: CommandContext): Promise<number> {
  const itemId = required(context, 'item');
  const country = countryCode(required(context, 'country'));
  const email = typeof context.options.email === 'string' ? context.options.email : undefined;
  if (!context.env.storeIp)
    throw new UsageError("Set ESIM_COUNTER_STORE_IP to the store's public IP: Gigastore requires it with every sale.");

  const gigastore = client(context.env);
  const item = await inventoryItem(gigastore, itemId);
  const sale = await withLedger(context, (ledger) =>
    ledger.sell(gigastore, {
      saleId: newSaleId(context.env.counterId),
      counterId: context.env.counterId,
      mode: isLoopback(context.env.baseUrl) ? 'demo' : 'live',
      item,
      price: item.retailPrice,
      customerCountry: country,
      ...(email ? { customerEmail: email } : {}),
      userIp: context.env.storeIp,
    }),
  );
  return report(context, sale);
}

export function report(context: CommandContext, sale: SaleRecord): number {
  const parsed = sale.activationCode ? parseActivationCode(sale.activationCode) : undefined;
  const manual = parsed?.ok ? { smdpAddress: parsed.parts.smdpAddress, matchingId: parsed.parts.matchingId } : {};
  if (context.options.json) {
    context.io.out(
      json({
        metatag: sale.saleId,
        status: sale.status,
        item: sale.item.name,
        price: sale.price,
        customerUid: sale.customerUid,
        activatedItemUid: sale.activatedItemUid,
        iccid: sale.iccid,
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
        context.io.out(
          `Sold ${sale.item.name} for ${sale.price.priceValue.toFixed(2)} ${sale.price.currencyCode} (sale ${sale.saleId})`,
        );
        context.io.out(`ICCID            ${sale.iccid}`);
        context.io.out(`Activation code  ${sale.activationCode}`);
        if (parsed?.ok)
          context.io.out(`SM-DP+ address   ${parsed.parts.smdpAddress}\nMatching id      ${parsed.parts.matchingId}`);
        context.io.out(`State            ${sale.esimState}`);
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

function dateOption(context: CommandContext, name: 'from' | 'to'): string | undefined {
  const value = context.options[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new UsageError(`--${name} must be a date written YYYY-MM-DD.`);
  }
  return value;
}

export async function journal(context: CommandContext): Promise<number> {
  if (context.options.json && context.options.csv) throw new UsageError('Choose one of --json and --csv.');
  const from = dateOption(context, 'from');
  const to = dateOption(context, 'to');
  const journalFile = SalesJournal.open(context.env.dataDir);
  journalFile.problems.forEach((problem) => context.io.err(problem));
  try {
    const range = { ...(from ? { from } : {}), ...(to ? { to } : {}) };
    const sales = findSales(journalFile.all(dayRange(range)), range).reverse();
    if (context.options.csv) context.io.out(salesCsv(sales).trimEnd());
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
export const EXIT_DOUBLE_CHARGE = 4;

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
  const saleId = required(context, 'sale');
  const sale = await withLedger(context, (ledger) => ledger.retry(client(context.env), saleId));
  return report(context, sale);
}
