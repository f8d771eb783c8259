// A sale's view has one source: the journal's record plus what this process is doing to the sale (its
// request on the way, its receipt printing, its eSIM followed), projected in one place. The answer of a
// sale's call is that same view, every window hears each change once, and nothing else holds a copy.
import { describe, expect, it } from 'vitest';
import type { ReceiptPrinter } from '../../src/main/core/receipt/printer';
import { demoConsole, saleRequestFor, until } from '../support/console';

describe('the view of a sale', () => {
  it('answers a sale with the very view the windows were last sent, whatever its outcome', async () => {
    const { counter, simulator, events } = await demoConsole();
    const { request } = await saleRequestFor(counter);

    const sold = await counter.startSale(request);
    expect(sold.phase).toBe('active');
    expect(sold).toEqual(events.handoff.at(-1));
    expect(sold).toEqual(await counter.currentHandoff());
    await counter.leaveHandoff();

    simulator.faults.add({ path: '/register', action: 'reset', commit: true });
    const uncertain = await counter.startSale(request);
    expect(uncertain.phase).toBe('verifying');
    expect(uncertain).toEqual(events.handoff.at(-1));
    await until(() => events.handoff.at(-1)?.phase === 'active', 5_000);
    await counter.leaveHandoff();

    const topUp = await counter.startCareSale({
      kind: 'topup',
      customerUid: sold.customerUid!,
      inventoryItemId: request.inventoryItemId,
      expectedPrice: request.expectedPrice,
      customerCountry: 'DE',
    });
    expect(topUp).toMatchObject({ kind: 'topup', phase: 'active' });
    expect(topUp).toEqual(events.handoff.at(-1));
  });

  it('sends each change once: no two views in a row are the same', async () => {
    const { counter, events } = await demoConsole();
    const { request } = await saleRequestFor(counter);
    await counter.startSale(request);
    await counter.simulateScan('INSTALLED');
    await until(() => events.handoff.at(-1)?.tracking.status === 'stopped');
    await counter.leaveHandoff();
    const sent = events.handoff.map((handoff) => JSON.stringify(handoff));
    expect(sent.length).toBeGreaterThan(3);
    sent.slice(1).forEach((view, index) => expect(view).not.toBe(sent[index]));
    expect(events.handoff.map((handoff) => handoff?.phase ?? null)).toEqual([
      'activating',
      ...Array(sent.length - 2).fill('active'),
      null,
    ]);
  });

  it('shows its receipt printing while it prints, then how the print ended', async () => {
    let release: (() => void) | undefined;
    const slow: ReceiptPrinter = {
      list: async () => [],
      print: () => new Promise<void>((resolve) => (release = resolve)),
      savePdf: async () => undefined,
    };
    const { counter, events } = await demoConsole({ console: { printer: slow }, settings: { autoPrint: 'off' } });
    const sold = await counter.startSale((await saleRequestFor(counter)).request);
    expect(sold.receipt).toEqual({ status: 'none' });
    const printed = counter.printReceipt(sold.saleId);
    await until(() => events.handoff.at(-1)?.receipt.status === 'printing');
    expect((await counter.currentHandoff())?.receipt).toEqual({ status: 'printing' });
    await until(() => release !== undefined);
    release?.();
    await printed;
    const receipts = events.handoff.map((handoff) => handoff?.receipt.status);
    expect(receipts.slice(receipts.indexOf('printing'))).toEqual(['printing', 'printed']);
  });

  it('carries every window on one stream: the customer display hears the same sale', async () => {
    const { counter, events } = await demoConsole();
    const screens: string[] = [];
    counter.on('customerView', (view) => screens.push(view.screen));
    await counter.startSale((await saleRequestFor(counter)).request);
    await until(() => screens.at(-1) === 'scan');
    expect(screens.slice(screens.indexOf('activating'))).toEqual(['activating', 'scan']);
    expect(events.handoff.at(-1)?.esim?.activationCode).toBe(
      (counter.customerView() as { activationCode?: string }).activationCode,
    );
  });
});
