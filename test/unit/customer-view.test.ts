import { describe, expect, it } from 'vitest';
import type { CustomerView } from '../../src/shared/customer-view';
import { demoConsole, saleRequestFor, until } from '../support/console';

describe('the customer display’s view', () => {
  it('welcome, then the package to confirm before any charge, then the QR, then installed without the QR', async () => {
    const { counter, simulator } = await demoConsole({ settings: { storeName: 'Kiosk Nord' } });
    const views: CustomerView[] = [];
    counter.on('customerView', (view) => views.push(view));
    expect(counter.customerView()).toEqual({ screen: 'welcome', language: 'en', storeName: 'Kiosk Nord' });

    const { item, request } = await saleRequestFor(counter);
    await counter.previewSale({ inventoryItemId: item.id, customerLanguage: 'de' });
    expect(views.at(-1)).toMatchObject({
      screen: 'confirm',
      language: 'de',
      item: { id: item.id, retailPrice: item.retailPrice },
    });
    expect(simulator.requestCount('/register')).toBe(0);

    await counter.startSale({ ...request, customerLanguage: 'de' });
    const scan = views.at(-1);
    expect(scan).toMatchObject({ screen: 'scan', language: 'de', state: 'RELEASED' });
    expect(scan?.screen === 'scan' && scan.activationCode).toBe(
      simulator.account.esim(simulator.account.activations[0]!.iccid)?.activationCode,
    );

    await counter.simulateScan('INSTALLED');
    await until(() => views.at(-1)?.screen === 'installed');
    expect(JSON.stringify(views.at(-1))).not.toContain('LPA:');

    await counter.leaveHandoff();
    expect(views.at(-1)).toMatchObject({ screen: 'welcome' });
  });

  it('says when installation failed, when the sale is being checked, and when it did not go through', async () => {
    const { counter, simulator } = await demoConsole();
    const { request } = await saleRequestFor(counter);
    await counter.startSale(request);
    await counter.simulateScan('ERROR');
    await until(() => counter.customerView().screen === 'problem');
    expect(counter.customerView()).toMatchObject({ problem: 'esim-error' });
    await counter.leaveHandoff();

    simulator.faults.add({ path: '/register', action: 'hang', commit: true });
    await counter.startSale(request);
    expect(counter.customerView()).toMatchObject({ screen: 'problem', problem: 'checking' });
    await until(() => counter.customerView().screen === 'scan', 5_000);
    await counter.leaveHandoff();

    simulator.account.creditCents = 0;
    await counter.startSale(request);
    expect(counter.customerView()).toMatchObject({ screen: 'problem', problem: 'not-completed' });
  });

  it('ignores a preview of a package that is not in the catalogue', async () => {
    const { counter } = await demoConsole();
    await counter.previewSale({ inventoryItemId: 'no-such-package', customerLanguage: 'en' });
    expect(counter.customerView().screen).toBe('welcome');
  });
});
