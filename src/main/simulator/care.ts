// Gigastore's after-sale rules as the simulator plays them: refunds (only an unused, unexpired package,
// within a monthly limit), starting an ON_DEMAND package, data being used up, and the limit of five
// installs of one eSIM profile.
import type { ActivatedItem } from '../../shared/gigastore';
import { sizeInMb } from '../../shared/catalogue';
import { Refusal, type CustomerRecord, type SimulatedAccount } from './store';

function find(account: SimulatedAccount, uid: string): { customer: CustomerRecord; item: ActivatedItem } {
  for (const customer of account.customers.values()) {
    const item = customer.items.find((candidate) => candidate.uid === uid);
    if (item) return { customer, item };
  }
  throw new Refusal(404, 'Not Found', `Activated item ${uid} does not exist.`);
}

export function refund(account: SimulatedAccount, uid: string, now: Date, monthlyLimit: number): void {
  const { item } = find(account, uid);
  if (account.refunded.has(uid)) throw new Refusal(409, 'Already refunded', 'This package has already been refunded.');
  const balance = item.balance;
  if (balance?.expiresAt && Date.parse(balance.expiresAt) < now.getTime()) {
    throw new Refusal(409, 'Package expired', 'The package has expired and can no longer be refunded.');
  }
  if (balance?.size && balance.availableBalance && sizeInMb(balance.availableBalance) < sizeInMb(balance.size)) {
    throw new Refusal(409, 'Package used', 'The package has been used and can no longer be refunded.');
  }
  const monthStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1);
  const refundsThisMonth = account.ledger.filter((entry) => entry.cents > 0 && entry.at >= monthStart).length;
  if (refundsThisMonth >= monthlyLimit) {
    throw new Refusal(409, 'Refund limit reached', `The monthly refund limit (${monthlyLimit}) has been reached.`);
  }
  const price = Math.round((item.purchasePrice?.priceValue ?? 0) * 100);
  account.creditCents += price;
  account.ledger.push({ at: now.getTime(), cents: price });
  account.refunded.add(uid);
  if (balance?.availableBalance) balance.availableBalance = { ...balance.availableBalance, sizeValue: 0 };
}

/** Starts an ON_DEMAND package now: its validity runs from this moment. */
export function activateOnDemand(account: SimulatedAccount, uid: string, now: Date): ActivatedItem {
  const { item } = find(account, uid);
  const balance = item.balance;
  if (balance?.activationMode !== 'ON_DEMAND')
    throw new Refusal(409, 'Not on demand', 'Only an ON_DEMAND package can be activated on request.');
  if (balance.activatedAt) throw new Refusal(409, 'Already active', 'This package is active already.');
  balance.activatedAt = now.toISOString();
  balance.expiresAt = new Date(now.getTime() + (balance.validitySize ?? 0) * 86_400_000).toISOString();
  return structuredClone(item);
}

/** The customer used `mb` of the package's data. */
export function useData(account: SimulatedAccount, uid: string, mb: number): void {
  const balance = find(account, uid).item.balance;
  if (!balance?.availableBalance) return;
  const left = Math.max(0, sizeInMb(balance.availableBalance) - mb);
  balance.availableBalance =
    balance.availableBalance.sizeUnit === 'GB'
      ? { sizeValue: Math.round((left / 1024) * 1000) / 1000, sizeUnit: 'GB' }
      : { sizeValue: left, sizeUnit: 'MB' };
}
