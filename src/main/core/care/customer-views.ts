// What Customer care shows of a Gigastore customer, in two steps. A look-up answers matches that tell
// customers apart without giving anything away (a masked email, counts, the coverage set, the last digits
// of each ICCID): a three-letter prefix must not list other people's emails or install codes. The full
// view (email, eSIMs, packages) is built only for the customer the clerk opens, and it still carries no
// activation code: that leaves main only through showEsimQr, recorded each time.
import type { CatalogueItem } from '../../../shared/catalogue';
import type { CustomerCareView, CustomerMatch } from '../../../shared/care';
import type { CustomerDetails } from '../../../shared/gigastore';
import type { SaleRecord } from '../../../shared/sale';

/** How a customer's own sales are found in this counter's journal (by the metatag of each package). */
export type SaleOf = (metatag: string) => SaleRecord | undefined;

/** Local parts this short are masked entirely: one of two characters is half the name. */
const SHORTEST_SHOWN = 3;

/** j***@example.com: the first character of the local part, then three asterisks, the domain whole. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 0) return '***';
  const local = [...email.slice(0, at)]; // by code point: an emoji or accented letter stays whole
  const domain = email.slice(at + 1);
  return `${local.length >= SHORTEST_SHOWN ? local[0] : ''}***@${domain}`;
}

/** The last 4 digits of an ICCID (enough to tell a customer's eSIMs apart, too few to look one up). */
const iccidEnd = (iccid: string): string => iccid.slice(-4);

/** The coverage set: from one of our own sales to this customer, else the package names in the inventory. */
export function coverageSetOf(
  details: CustomerDetails,
  saleOf: SaleOf,
  catalogue: Iterable<CatalogueItem>,
): string | undefined {
  const fromSale = details.activatedItems
    .map((item) => (item.metatag ? saleOf(item.metatag) : undefined))
    .find((sale) => sale)?.item.countrySet;
  if (fromSale) return fromSale;
  const byName = new Map([...catalogue].map((item) => [item.name, item.countrySet]));
  return details.activatedItems.map((item) => byName.get(item.balance?.name ?? '')).find((set) => set);
}

/** A look-up's row: `typedIccid` only when the clerk typed that ICCID in full and it matched exactly. */
export function matchOf(details: CustomerDetails, coverageSet: string | undefined, typedIccid?: string): CustomerMatch {
  const { customer, relatedEsims, activatedItems } = details;
  const holdsTyped = typedIccid !== undefined && relatedEsims.some((esim) => esim.iccid === typedIccid);
  return {
    customerUid: customer.uid,
    ...(customer.email ? { maskedEmail: maskEmail(customer.email) } : {}),
    ...(coverageSet ? { coverageSet } : {}),
    esimCount: relatedEsims.length,
    packageCount: activatedItems.length,
    iccidEnds: relatedEsims.map((esim) => iccidEnd(esim.iccid)),
    ...(holdsTyped ? { typedIccid } : {}),
  };
}

/** The opened customer: everything the counter may act on, and whether each eSIM's QR can be shown again. */
export function careViewOf(
  details: CustomerDetails,
  saleOf: SaleOf,
  coverageSet: string | undefined,
): CustomerCareView {
  const sales = details.activatedItems.map((item) => (item.metatag ? saleOf(item.metatag) : undefined));
  return {
    customerUid: details.customer.uid,
    ...(details.customer.email ? { email: details.customer.email } : {}),
    ...(coverageSet ? { coverageSet } : {}),
    esims: details.relatedEsims.map((esim) => ({
      iccid: esim.iccid,
      state: esim.state,
      ...(esim.imsi ? { imsi: esim.imsi } : {}),
      ...(esim.lastSeen ? { lastSeen: esim.lastSeen } : {}),
      ...(esim.activatedAt ? { activatedAt: esim.activatedAt } : {}),
      qrAvailable: esim.state === 'RELEASED' && Boolean(esim.activationCode),
    })),
    packages: details.activatedItems.map((item, index) => {
      const sale = sales[index];
      const balance = item.balance;
      return {
        uid: item.uid,
        ...(balance?.name ? { name: balance.name } : {}),
        ...(balance?.size ? { size: balance.size } : {}),
        ...(balance?.availableBalance ? { available: balance.availableBalance } : {}),
        ...(balance?.activatedAt ? { activatedAt: balance.activatedAt } : {}),
        ...(balance?.expiresAt ? { expiresAt: balance.expiresAt } : {}),
        ...(balance?.activationMode ? { activationMode: balance.activationMode } : {}),
        ...(sale ? { saleId: sale.saleId } : {}),
        refunded: sale?.refunds.some((refund) => refund.outcome === 'refunded') ?? false,
      };
    }),
  };
}
