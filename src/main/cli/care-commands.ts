// The CLI's customer-care commands on the same core: look a customer up, top them up (journaled and
// reconciled like a first sale), refund a package. The CLI holds the credentials in its environment, so it
// is support staff's tool: the app's manager PIN guards the counter, not this.
import { refundPackage } from '../core/care/package-actions';
import { newSaleId } from '../core/sale-id';
import { client, json, type CommandContext } from './commands';
import { saleMode } from './gigastore-target';
import { countryOption, idOption, optionalIdOption } from './input';
import { inventoryItem, report, withLedger, withRecords } from './sales-commands';
import { UsageError } from './usage';

export async function lookup(context: CommandContext): Promise<number> {
  const iccid = optionalIdOption(context.options, 'iccid', 'iccid');
  const email = optionalIdOption(context.options, 'email', 'emailStart');
  if ((iccid === undefined) === (email === undefined)) throw new UsageError('Give exactly one of --iccid and --email.');
  const search =
    iccid !== undefined
      ? { searchKey: 'ICCID' as const, searchQuery: iccid }
      : { searchKey: 'EMAIL' as const, searchQuery: email as string };
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
  // Every option first: a bad one is said before anything is journaled or sent.
  const customerUid = idOption(context.options, 'customer', 'customer');
  const itemId = idOption(context.options, 'item', 'item');
  const country = countryOption(context.options, context.env.settings.storeCountry);
  const gigastore = client(context.env);

  const mode = await saleMode(gigastore.baseUrl);
  const customer = await gigastore.customer(customerUid);
  const item = await inventoryItem(gigastore, itemId);
  const sale = await withLedger(context, (ledger) =>
    ledger.sell(gigastore, {
      saleId: newSaleId(context.env.counterId),
      kind: 'topup',
      customerUid,
      knownIccids: customer.relatedEsims.map((esim) => esim.iccid),
      counterId: context.env.counterId,
      mode,
      item,
      price: item.retailPrice,
      customerCountry: country,
      userIp: context.env.storeIp || '0.0.0.0',
    }),
  );
  return report(context, sale);
}

export async function refund(context: CommandContext): Promise<number> {
  const request = {
    activatedItemUid: idOption(context.options, 'item', 'package'),
    reason: idOption(context.options, 'reason', 'reason'),
  };
  const gigastore = client(context.env);
  const { path, ...outcome } = await withRecords(context, (records) => refundPackage(gigastore, records, request));
  const said = path ? `Refunded through ${path}.` : outcome.message;
  if (context.options.json)
    context.io.out(json({ activatedItemUid: request.activatedItemUid, ...outcome, message: said }));
  else if (outcome.outcome === 'refunded') context.io.out(said);
  if (outcome.outcome !== 'refunded') context.io.err(outcome.message);
  return outcome.outcome === 'refunded' ? 0 : 1;
}
