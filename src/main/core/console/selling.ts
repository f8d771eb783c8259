// Selling: a first package, a top-up, or a second eSIM, each journaled before its one request (the
// ledger), single-flight (a second Activate joins the first), refused while Gigastore cannot be reached,
// and put on the handoff screen from its first journal record.
import type { SaleRequest } from '../../../shared/api';
import type { CatalogueItem } from '../../../shared/catalogue';
import type { Handoff } from '../../../shared/handoff';
import type { SaleKind, SaleRecord } from '../../../shared/sale';
import { ConsoleError } from '../errors';
import { toCatalogueItem } from '../../../shared/catalogue';
import { newSaleId } from '../sale-id';
import type { ConsoleContext } from './context';

/** Demo mode has no customer IP either; a documentation address stands in (RFC 5737). */
const DEMO_USER_IP = '192.0.2.10';

/** A sale to an existing customer: their uid and the eSIMs they have now. */
export interface CareTarget {
  kind: Exclude<SaleKind, 'first'>;
  customerUid: string;
  knownIccids: string[];
}

export class Selling {
  private activation: Promise<Handoff> | undefined;

  constructor(
    private readonly context: ConsoleContext,
    private readonly onSaleStarting: () => void,
    private readonly clerk: () => string | undefined,
  ) {}

  /** Single-flight: a second Activate while one is on its way gets the same sale, not a second request. */
  sell(request: SaleRequest, care?: CareTarget): Promise<Handoff> {
    this.activation ??= this.activate(request, care).finally(() => {
      this.activation = undefined;
    });
    return this.activation;
  }

  retry(): Promise<Handoff> {
    this.activation ??= this.retryOnScreen().finally(() => {
      this.activation = undefined;
    });
    return this.activation;
  }

  /** The inventory as the counter shows it, kept so that a sale finds its package without asking again. */
  async loadCatalogue(): Promise<CatalogueItem[]> {
    const items = (await (await this.context.client()).inventory()).map(toCatalogueItem);
    this.context.catalogue.clear();
    items.forEach((item) => this.context.catalogue.set(item.id, item));
    return items;
  }

  async findItem(id: string): Promise<CatalogueItem> {
    const known = this.context.catalogue.get(id);
    if (known) return known;
    await this.loadCatalogue();
    const item = this.context.catalogue.get(id);
    if (!item) {
      throw new ConsoleError(
        'sale.unknown-item',
        'This package is no longer in the inventory; pick it again from the catalogue.',
      );
    }
    return item;
  }

  private assertOnline(): void {
    if (this.context.connectivity.current.state === 'offline') {
      throw new ConsoleError(
        'sale.offline',
        'Gigastore cannot be reached, so selling is paused; the console keeps checking and says when it is back.',
      );
    }
  }

  private async activate(request: SaleRequest, care: CareTarget | undefined): Promise<Handoff> {
    const { desk, options, ledger } = this.context;
    desk.assertFree();
    this.assertOnline();
    const settings = options.settings.read();
    const clerk = this.clerk();
    if (settings.clerks.length > 0 && !clerk) {
      throw new ConsoleError('shift.none', 'Pick your name at the start of the shift before selling.');
    }
    const userIp = settings.storeIp || (settings.mode === 'demo' ? DEMO_USER_IP : '');
    if (!userIp) {
      throw new ConsoleError(
        'settings.store-ip',
        "Enter the store's public IP address in Settings: Gigastore requires it with every sale.",
      );
    }
    const item = await this.findItem(request.inventoryItemId);
    const client = await this.context.client();
    const saleId = newSaleId(settings.counterId);
    this.onSaleStarting();
    desk.open(saleId);
    const sale = await ledger.sell(client, {
      saleId,
      ...(care ?? {}),
      counterId: settings.counterId,
      mode: settings.mode,
      ...(clerk ? { clerk } : {}),
      item,
      price: request.expectedPrice,
      customerCountry: request.customerCountry,
      ...(request.customerEmail ? { customerEmail: request.customerEmail } : {}),
      language: request.customerLanguage ?? settings.storeLanguage,
      ...(request.activationMode ? { activationMode: request.activationMode } : {}),
      userIp,
    });
    return this.afterAttempt(sale);
  }

  private async retryOnScreen(): Promise<Handoff> {
    const onScreen = this.context.desk.handoff();
    if (!onScreen) throw new ConsoleError('sale.none', 'There is no sale on screen to try again.');
    this.assertOnline();
    const sale = await this.context.ledger.retry(await this.context.client(), onScreen.saleId);
    return this.afterAttempt(sale);
  }

  private afterAttempt(sale: SaleRecord): Handoff {
    if (sale.status === 'completed') this.context.desk.follow();
    if (sale.status === 'verifying') void this.context.reconciler.kick().catch(() => undefined);
    return this.context.desk.handoff() as Handoff;
  }
}
