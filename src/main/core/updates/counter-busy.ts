// When an update must not install: a sale is under way (the customer display shows anything but its
// welcome: a package being confirmed, an activation, a QR, an installed eSIM or a problem still on the
// clerk's screen) or a sale's outcome is still being checked with Gigastore.
import type { CustomerView } from '../../../shared/customer-view';

export function counterBusy(
  counter: { customerView(): CustomerView },
  journal: { unresolved(): readonly unknown[] },
): () => boolean {
  return () => counter.customerView().screen !== 'welcome' || journal.unresolved().length > 0;
}
