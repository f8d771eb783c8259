// A completed sale from the real core and simulator, for rendering its receipt.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toCatalogueItem } from '../../src/shared/catalogue';
import { clientFor } from '../support/simulator-client';
import { SalesLedger } from '../../src/main/core/journal/ledger';
import { SaleRecords } from '../../src/main/core/journal/sale-records';
import { SalesJournal } from '../../src/main/core/journal/sales-journal';
import { newSaleId } from '../../src/main/core/sale-id';
import { GigastoreSimulator } from '../../src/main/simulator/server';

export async function completedSale({ countrySet, email }: { countrySet: string; email?: string }) {
  const simulator = await new GigastoreSimulator().start();
  const journal = SalesJournal.open(mkdtempSync(join(tmpdir(), 'esim-counter-receipt-')));
  const item = toCatalogueItem(simulator.account.inventory.find((candidate) => candidate.countrySet === countrySet)!);
  const sale = await new SalesLedger(new SaleRecords(journal), { reconciliationWindowMs: () => 1000 }).sell(
    clientFor(simulator),
    {
      saleId: newSaleId('COUNTER-2'),
      counterId: 'COUNTER-2',
      mode: 'demo',
      item,
      price: item.retailPrice,
      customerCountry: 'AT',
      ...(email ? { customerEmail: email } : {}),
      userIp: '192.0.2.10',
    },
  );
  return {
    sale,
    simulator,
    close: async () => {
      journal.close();
      await simulator.close();
    },
  };
}
