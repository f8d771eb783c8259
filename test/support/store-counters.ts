// Counters of one store on real files against one simulator over real HTTP, for the Z report's tests: each
// counter has its own data folder (journal, audit trail, settings.json with a 1 s reconciliation window).
// A counter sells in this process through the same ledger the app and the CLI use (with a clerk and an
// activation mode, which the CLI has no options for), or through the built CLI; the CLI makes its reports.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toCatalogueItem } from '../../src/shared/catalogue';
import type { ActivationMode, InventoryItem } from '../../src/shared/gigastore';
import type { SaleKind, SaleRecord } from '../../src/shared/sale';
import type { ZReport } from '../../src/shared/z-report';
import { ZReportSchema } from '../../src/shared/z-report';
import { refundPackage } from '../../src/main/core/care/package-actions';
import { AuditTrail } from '../../src/main/core/journal/audit-trail';
import { SalesLedger } from '../../src/main/core/journal/ledger';
import { SaleRecords } from '../../src/main/core/journal/sale-records';
import { SalesJournal } from '../../src/main/core/journal/sales-journal';
import { newSaleId } from '../../src/main/core/sale-id';
import type { GigastoreSimulator } from '../../src/main/simulator/server';
import { cliEnv, runCli } from './cli';
import { clientFor } from './simulator';

/** The reconciliation window every counter here uses; a period settles two windows after its end. */
export const WINDOW_MS = 1000;
export const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A fixed-offset zone where it is about noon now: a test's sales then fall on one calendar day, whatever
 * the hour the suite runs at.
 */
export function noonTimeZone(now = new Date()): string {
  const hours = (12 - now.getUTCHours() + 24) % 24;
  const offset = hours > 12 ? hours - 24 : hours;
  // Etc/GMT-2 is two hours AHEAD of UTC (POSIX signs).
  return offset === 0 ? 'Etc/UTC' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}

export interface SaleOptions {
  clerk?: string;
  activationMode?: ActivationMode;
  kind?: SaleKind;
  customerUid?: string;
}

export function storeCounter(simulator: GigastoreSimulator, counterId: string, timeZone: string) {
  const dataDir = mkdtempSync(join(tmpdir(), `esim-counter-${counterId}-`));
  writeFileSync(join(dataDir, 'settings.json'), JSON.stringify({ reconciliationWindowMs: WINDOW_MS }));
  const env = cliEnv(simulator.baseUrl, {
    ESIM_COUNTER_DATA_DIR: dataDir,
    ESIM_COUNTER_COUNTER_ID: counterId,
    TZ: timeZone,
  });
  const client = clientFor(simulator);

  async function withRecords<T>(use: (records: SaleRecords) => Promise<T>): Promise<T> {
    const journal = SalesJournal.open(dataDir);
    try {
      return await use(new SaleRecords(journal));
    } finally {
      journal.close();
    }
  }

  return {
    counterId,
    dataDir,
    env,
    client,
    withRecords,
    /** Sells in this process, through the ledger (journaled first, then sent once). */
    sell: (inventoryItem: InventoryItem, options: SaleOptions = {}): Promise<SaleRecord> =>
      withRecords((records) => {
        const item = toCatalogueItem(inventoryItem);
        const ledger = new SalesLedger(records, { reconciliationWindowMs: () => WINDOW_MS });
        return ledger.sell(client, {
          saleId: newSaleId(counterId),
          counterId,
          mode: 'demo',
          item,
          price: item.retailPrice,
          customerCountry: 'AT',
          userIp: '192.0.2.10',
          ...options,
        });
      }),
    refund: (sale: SaleRecord, reason: string, clerk?: string) =>
      withRecords((records) =>
        refundPackage(client, records, {
          activatedItemUid: sale.activatedItemUid!,
          reason,
          ...(clerk ? { clerk } : {}),
        }),
      ),
    /** A shift starts or ends in the audit trail, as the console writes it; the shift's id is returned. */
    shift(action: 'shift-start' | 'shift-end', clerk: string): string {
      const trail = AuditTrail.open(dataDir);
      const at = new Date().toISOString();
      trail.record({ at, action, clerk, detail: clerk });
      trail.close();
      return at;
    },
    cli: (args: string[]) => runCli(args, env),
    /** `report ... --json` through the built CLI: its exit code and its report, validated by the schema. */
    async report(args: string[]): Promise<{ code: number; report: ZReport; stderr: string }> {
      const result = await runCli(['report', ...args, '--json'], env);
      if (!result.stdout.trim()) throw new Error(`report printed nothing (exit ${result.code}): ${result.stderr}`);
      return { code: result.code, report: ZReportSchema.parse(JSON.parse(result.stdout)), stderr: result.stderr };
    },
  };
}

export type StoreCounter = ReturnType<typeof storeCounter>;

/** Sets the retail price Gigastore sells an inventory item at (the simulator's own price guard follows it). */
export function priceItem(simulator: GigastoreSimulator, item: InventoryItem, priceValue: number): InventoryItem {
  item.retailPrices[0]!.priceValue = priceValue;
  return item;
}

/** POSTs to a simulator control route over HTTP, as a test in another process would. */
export async function control(simulator: GigastoreSimulator, path: string, body: unknown): Promise<unknown> {
  const response = await fetch(`${simulator.baseUrl}/_simulator/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as unknown;
  if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}
