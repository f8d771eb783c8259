// The CLI's customer-care commands on the same core: look a customer up, top them up (journaled and
// reconciled like a first sale), refund a package. The CLI holds the credentials in its environment, so it
// is support staff's tool: the app's manager PIN guards the counter, not this.
import { RefundRequestSchema } from '../../shared/care';
import { refundPackage } from '../core/care/package-actions';
import { newSaleId } from '../core/sale-id';
import { client, json, required, type CommandContext } from './commands';
import { countryCode, inventoryItem, isLoopback, report, withLedger, withRecords } from './sales-commands';
import { UsageError } from './usage';

export async function lookup(context: CommandContext): Promise<number> {
  const { iccid, email } = context.options;
  if ((typeof iccid === 'string') === (typeof email === 'string'))
    throw new UsageError('Give exactly one of --iccid and --email.');
  const search =
    typeof iccid === 'string'
      ? { searchKey: 'ICCID' as const, searchQuery: iccid }
      : { searchKey: 'EMAIL' as const, searchQuery: String(email) };
  const gigastore = client(context.env);
  let found = await gigastore.searchCustomers({ ...search, searchMode: 'isExact' });
  if (found.length === 0) found = await gigastore.searchCustomers({ ...search, searchMode: 'startsWith' });
  if (found.length === 0 && !context.options.json) context.io.out('No customer matches.');
  for (const { customer, relatedEsims, activatedItems } of found) {
    const view = {
      customerUid: customer.uid,
      email: customer.email ?? undefined,
      esims: relatedEsims.map(({ iccid: id, state, lastSeen }) => ({ iccid: id, state, lastSeen })),
      packages: activatedItems.map(({ uid, metatag, balance }) => ({
        uid,
        metatag,
        name: balance?.name,
        available: balance?.availableBalance,
        activatedAt: balance?.activatedAt,
        expiresAt: balance?.expiresAt,
        activationMode: balance?.activationMode,
      })),
    };
    if (context.options.json) context.io.out(json(view));
    else {
      context.io.out(`Customer ${view.customerUid}${view.email ? `  ${view.email}` : ''}`);
      view.esims.forEach((esim) => context.io.out(`  eSIM ${esim.iccid}  ${esim.state}`));
      view.packages.forEach((item) =>
        context.io.out(
          `  package ${item.uid}  ${item.name ?? ''}  left ${item.available ? `${item.available.sizeValue} ${item.available.sizeUnit}` : '?'}  until ${item.expiresAt ?? '?'}`,
        ),
      );
    }
  }
  return 0;
}

export async function topup(context: CommandContext): Promise<number> {
  const customerUid = required(context, 'customer');
  const itemId = required(context, 'item');
  const country = countryCode(
    typeof context.options.country === 'string' ? context.options.country : context.env.settings.storeCountry,
  );
  const gigastore = client(context.env);
  const customer = await gigastore.customer(customerUid);
  const item = await inventoryItem(gigastore, itemId);
  const sale = await withLedger(context, (ledger) =>
    ledger.sell(gigastore, {
      saleId: newSaleId(context.env.counterId),
      kind: 'topup',
      customerUid,
      knownIccids: customer.relatedEsims.map((esim) => esim.iccid),
      counterId: context.env.counterId,
      mode: isLoopback(context.env.baseUrl) ? 'demo' : 'live',
      item,
      price: item.retailPrice,
      customerCountry: country,
      userIp: context.env.storeIp || '0.0.0.0',
    }),
  );
  return report(context, sale);
}

export async function refund(context: CommandContext): Promise<number> {
  const parsed = RefundRequestSchema.safeParse({
    activatedItemUid: required(context, 'item'),
    reason: required(context, 'reason'),
  });
  if (!parsed.success) throw new UsageError(parsed.error.issues[0]?.message ?? 'The refund is not valid.');
  const gigastore = client(context.env);
  const { path, ...outcome } = await withRecords(context, (records) => refundPackage(gigastore, records, parsed.data));
  const said = path ? `Refunded through ${path}.` : outcome.message;
  if (context.options.json)
    context.io.out(json({ activatedItemUid: parsed.data.activatedItemUid, ...outcome, message: said }));
  else if (outcome.outcome === 'refunded') context.io.out(said);
  if (outcome.outcome !== 'refunded') context.io.err(outcome.message);
  return outcome.outcome === 'refunded' ? 0 : 1;
}
