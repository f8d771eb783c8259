// Selling: a first package, a top-up, or a second eSIM, each journaled before its one request (the
// ledger), single-flight (a second Activate joins the first), refused while Gigastore cannot be reached,
// and put on the handoff screen from its first journal record. The answer is the sale's view as the
// desk projects it, the same view the windows were just sent.
import type { ConsoleApi, SaleRequest } from '../../../shared/api';
import type { Handoff } from '../../../shared/handoff';
import type { SaleKind, SaleRecord } from '../../../shared/sale';
import type { Backend } from '../backend';
import type { Connectivity } from '../connectivity';
import { ConsoleError } from '../errors';
import type { SalesLedger } from '../journal/ledger';
import type { ReconcileLoop } from '../journal/reconcile-loop';
import type { SaleDesk } from '../sale-desk';
import { newSaleId } from '../sale-id';
import type { SettingsStore } from '../settings';
import type { Catalogue } from './catalogue';
import type { CustomerDisplay } from './customer-display';

/** Demo mode has no customer IP either; a documentation address stands in (RFC 5737). */
const DEMO_USER_IP = '192.0.2.10';

/** What a sale to a customer Gigastore already has adds: who, and the eSIMs they have now. */
interface SaleToExistingCustomer {
  kind: Exclude<SaleKind, 'first'>;
  customerUid: string;
  knownIccids: string[];
}

interface SellingParts {
  desk: Pick<SaleDesk, 'assertFree' | 'open' | 'follow' | 'handoff'>;
  ledger: SalesLedger;
  backend: Pick<Backend, 'client'>;
  connection: Pick<Connectivity, 'current'>;
  settings: SettingsStore;
  catalogue: Pick<Catalogue, 'find'>;
  checks: Pick<ReconcileLoop, 'kick'>;
  clerk: () => string | undefined;
  /** A sale begins: the customer display leaves the package it previewed. */
  display: Pick<CustomerDisplay, 'forgetPreview'>;
}

export class Selling implements Pick<ConsoleApi, 'startSale' | 'retrySale'> {
  private activation: Promise<Handoff> | undefined;

  constructor(private readonly parts: SellingParts) {}

  startSale(request: SaleRequest): Promise<Handoff> {
    return this.sell(request);
  }

  /** Single-flight: a second Activate while one is on its way gets the same sale, not a second request. */
  sell(request: SaleRequest, customer?: SaleToExistingCustomer): Promise<Handoff> {
    this.activation ??= this.activate(request, customer).finally(() => {
      this.activation = undefined;
    });
    return this.activation;
  }

  /** Sends the sale on screen again, as the same sale (the ledger decides whether it may be). */
  retrySale(): Promise<Handoff> {
    this.activation ??= this.retryOnScreen().finally(() => {
      this.activation = undefined;
    });
    return this.activation;
  }

  private assertOnline(): void {
    if (this.parts.connection.current.state === 'offline') {
      throw new ConsoleError(
        'sale.offline',
        'Gigastore cannot be reached, so selling is paused; the console keeps checking and says when it is back.',
      );
    }
  }

  private async activate(request: SaleRequest, customer: SaleToExistingCustomer | undefined): Promise<Handoff> {
    const { desk, ledger, settings: store } = this.parts;
    desk.assertFree();
    this.assertOnline();
    const settings = store.read();
    const clerk = this.parts.clerk();
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
    const item = await this.parts.catalogue.find(request.inventoryItemId);
    const client = await this.parts.backend.client();
    const saleId = newSaleId(settings.counterId);
    this.parts.display.forgetPreview();
    desk.open(saleId);
    const sale = await ledger.sell(client, {
      saleId,
      ...(customer ?? {}),
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
    const onScreen = this.parts.desk.handoff();
    if (!onScreen) throw new ConsoleError('sale.none', 'There is no sale on screen to try again.');
    this.assertOnline();
    const sale = await this.parts.ledger.retry(await this.parts.backend.client(), onScreen.saleId);
    return this.afterAttempt(sale);
  }

  private afterAttempt(sale: SaleRecord): Handoff {
    if (sale.status === 'completed') this.parts.desk.follow();
    if (sale.status === 'verifying') void this.parts.checks.kick().catch(() => undefined);
    return this.parts.desk.handoff() as Handoff;
  }
}
