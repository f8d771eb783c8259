// Customer care through the console against the simulator: look-up, top-up, second eSIM, refund,
// ON_DEMAND start, shifts; the refusals included.
import { describe, expect, it } from 'vitest';
import { useData } from '../../src/main/simulator/care';
import { demoConsole, saleRequestFor, until } from '../support/console';

async function soldCustomer(options: Parameters<typeof demoConsole>[0] = {}) {
  const fixture = await demoConsole(options);
  const { item, request } = await saleRequestFor(fixture.counter, (name) => name.includes('Europe 1 GB'));
  const first = await fixture.counter.startSale({ ...request, customerEmail: 'ana.maria@example.com' });
  await fixture.counter.leaveHandoff();
  const europe = (await fixture.counter.listCatalogue()).filter((candidate) => candidate.countrySet === 'EUR');
  return { ...fixture, first, item, europe };
}

describe('customer care', () => {
  it('finds a customer by exact ICCID, and by the start of an email; opened, with eSIMs, packages and coverage set', async () => {
    const { counter, first } = await soldCustomer();
    const [byIccid] = await counter.lookupCustomer({ iccid: first.esim!.iccid });
    expect(byIccid).toEqual({
      customerUid: first.customerUid,
      maskedEmail: 'a***@example.com',
      coverageSet: 'EUR',
      esimCount: 1,
      packageCount: 1,
      iccidEnds: [first.esim!.iccid.slice(-4)],
      typedIccid: first.esim!.iccid,
    });
    expect(await counter.openCustomer(first.customerUid!)).toMatchObject({
      customerUid: first.customerUid,
      email: 'ana.maria@example.com',
      coverageSet: 'EUR',
      esims: [{ iccid: first.esim!.iccid, state: 'RELEASED', qrAvailable: true }],
      packages: [{ uid: first.activatedItemUid, saleId: first.saleId, refunded: false, activationMode: 'NOW' }],
    });
    expect(await counter.lookupCustomer({ email: 'ana.m' })).toHaveLength(1);
    expect(await counter.lookupCustomer({ email: 'nobody@' })).toEqual([]);
  });

  it('tops up a customer: journaled, no new eSIM, sent with its sale id, the clerk on shift recorded', async () => {
    const { counter, first, europe, journal, simulator } = await soldCustomer();
    await counter.updateSettings({ clerks: ['Mira', 'Jonas'] });
    await expect(counter.startSale((await saleRequestFor(counter)).request)).rejects.toThrow(
      'Pick your name at the start of the shift',
    );
    await expect(counter.startShift('Eve')).rejects.toThrow("Eve is not in this counter's list of clerks.");
    expect((await counter.startShift('Mira')).shift).toEqual({ clerk: 'Mira' });
    const topUp = europe[1]!;
    const handoff = await counter.startCareSale({
      kind: 'topup',
      customerUid: first.customerUid!,
      inventoryItemId: topUp.id,
      expectedPrice: topUp.retailPrice,
      customerCountry: 'DE',
    });
    expect(handoff.phase).toBe('active');
    expect(handoff.esim).toBeUndefined();
    expect(journal.get(handoff.saleId)).toMatchObject({
      kind: 'topup',
      clerk: 'Mira',
      customerUid: first.customerUid,
      knownIccids: [first.esim!.iccid],
    });
    expect(simulator.requests.find((record) => record.path.endsWith('/top-up'))?.idempotencyKey).toBe(handoff.saleId);
  });

  it('is refused a top-up from another coverage set, with Gigastore’s sentence and nothing charged', async () => {
    const { counter, first, simulator } = await soldCustomer();
    const austria = (await counter.listCatalogue()).find((candidate) => candidate.countrySet === 'AT')!;
    const before = simulator.account.activations.length;
    const handoff = await counter.startCareSale({
      kind: 'topup',
      customerUid: first.customerUid!,
      inventoryItemId: austria.id,
      expectedPrice: austria.retailPrice,
      customerCountry: 'DE',
    });
    expect(handoff).toMatchObject({ phase: 'failed', error: { code: 'gigastore.http.409' } });
    expect(handoff.error?.message).toContain("This customer's packages cover EUR");
    expect(simulator.account.activations).toHaveLength(before);
  });

  it('gives the customer a second eSIM with its own QR, followed live to INSTALLED', async () => {
    const { counter, first, europe, events } = await soldCustomer();
    const handoff = await counter.startCareSale({
      kind: 'second-esim',
      customerUid: first.customerUid!,
      inventoryItemId: europe[2]!.id,
      expectedPrice: europe[2]!.retailPrice,
      customerCountry: 'AT',
    });
    expect(handoff.phase).toBe('active');
    expect(handoff.esim?.iccid).not.toBe(first.esim!.iccid);
    await counter.simulateScan('INSTALLED');
    await until(() => events.handoff.at(-1)?.esim?.state === 'INSTALLED');
  });

  it('refunds an unused package only with the manager PIN, records it, and prints a refund slip', async () => {
    const printed: string[] = [];
    const { counter, first, journal, simulator } = await soldCustomer({
      console: {
        printer: {
          list: async () => [],
          print: async (html) => void printed.push(html),
          savePdf: async () => undefined,
        },
      },
      settings: { autoPrint: 'off' },
    });
    await counter.setManagerPin({ next: '2468' });
    await counter.lockManager();
    await expect(
      counter.refundPackage({ activatedItemUid: first.activatedItemUid!, reason: 'Wrong package' }),
    ).rejects.toThrow('A manager must enter the PIN to refund a package.');
    await expect(counter.unlockManager('1111')).rejects.toThrow('That PIN is not right.');
    await expect(counter.printRefundSlip(first.saleId)).rejects.toThrow('This sale was not refunded');
    await counter.unlockManager('2468');
    const credit = simulator.account.creditCents;
    expect(await counter.refundPackage({ activatedItemUid: first.activatedItemUid!, reason: 'Wrong package' })).toEqual(
      {
        outcome: 'refunded',
        message: 'Refunded: the package no longer works, and its credit is back.',
      },
    );
    expect(simulator.account.creditCents).toBeGreaterThan(credit);
    expect(journal.get(first.saleId)?.refunds).toMatchObject([
      {
        outcome: 'refunded',
        reason: 'Wrong package',
        message: 'Refunded through /gigastore/activations/activated-items/{uid}/refund.',
      },
    ]);
    await counter.printRefundSlip(first.saleId);
    expect(printed.at(-1)).toContain('Refund slip');
    expect(printed.at(-1)).not.toContain(first.esim!.activationCode);
  });

  it('shows Gigastore’s refusal verbatim for a used package and at the monthly limit', async () => {
    const { counter, first, europe, simulator, journal } = await soldCustomer({ simulator: { monthlyRefundLimit: 1 } });
    useData(simulator.account, first.activatedItemUid!, 5);
    expect(await counter.refundPackage({ activatedItemUid: first.activatedItemUid!, reason: 'Changed plans' })).toEqual(
      {
        outcome: 'refused',
        message: 'The package has been used and can no longer be refunded.',
      },
    );
    await counter.leaveHandoff();
    const second = await counter.startCareSale({
      kind: 'topup',
      customerUid: first.customerUid!,
      inventoryItemId: europe[1]!.id,
      expectedPrice: europe[1]!.retailPrice,
      customerCountry: 'DE',
    });
    // The top-up is still on screen: one sale at a time, and nothing is sent for the refused one.
    const topUpsBefore = simulator.requestCount('/top-up');
    await expect(
      counter.startCareSale({
        kind: 'topup',
        customerUid: first.customerUid!,
        inventoryItemId: europe[2]!.id,
        expectedPrice: europe[2]!.retailPrice,
        customerCountry: 'DE',
      }),
    ).rejects.toThrow('Another sale is on screen; press New sale first.');
    expect(simulator.requestCount('/top-up')).toBe(topUpsBefore);
    await counter.refundPackage({ activatedItemUid: second.activatedItemUid!, reason: 'Wrong package' });
    await counter.leaveHandoff();
    const fourth = await counter.startCareSale({
      kind: 'topup',
      customerUid: first.customerUid!,
      inventoryItemId: europe[2]!.id,
      expectedPrice: europe[2]!.retailPrice,
      customerCountry: 'DE',
    });
    expect(
      await counter.refundPackage({ activatedItemUid: fourth.activatedItemUid!, reason: 'Wrong package' }),
    ).toEqual({
      outcome: 'refused',
      message: 'The monthly refund limit (1) has been reached.',
    });
    expect(journal.get(fourth.saleId)?.refunds.at(-1)).toMatchObject({ outcome: 'refused' });
  });

  it('starts an ON_DEMAND package later, on request', async () => {
    const { counter, journal } = await demoConsole();
    const { request } = await saleRequestFor(counter, (name) => name.includes('Worldwide 1 GB'));
    const sold = await counter.startSale({ ...request, activationMode: 'ON_DEMAND' });
    await counter.lookupCustomer({ iccid: sold.esim!.iccid });
    const before = await counter.openCustomer(sold.customerUid!);
    expect(before.packages[0]).toMatchObject({ activationMode: 'ON_DEMAND' });
    expect(before.packages[0]?.activatedAt).toBeUndefined();
    await counter.startPackage(sold.activatedItemUid!);
    const after = await counter.openCustomer(sold.customerUid!);
    expect(after.packages[0]?.activatedAt).toEqual(expect.any(String));
    expect(journal.get(sold.saleId)?.startedOnDemandAt).toEqual(expect.any(String));
  });
});
