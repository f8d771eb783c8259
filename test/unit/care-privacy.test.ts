// Privacy at the counter, through the console against the simulator: a look-up lists masked matches and
// gives nothing away (no email, no ICCID the clerk did not type, no activation code anywhere in its JSON);
// only a customer of the last look-up can be opened, each opening recorded once with the clerk on shift;
// a QR is shown again only for an opened customer's RELEASED eSIM, recorded too.
import { describe, expect, it } from 'vitest';
import { maskEmail } from '../../src/main/core/care/customer-views';
import { cliEnv, jsonLines, runCli } from '../support/cli';
import { demoConsole, saleRequestFor } from '../support/console';
import { startSimulator } from '../support/simulator';

const today = () => new Date().toLocaleDateString('sv-SE');

/** Three customers: Ana Maria with two eSIMs, Anabel, and Al (a two-letter name, masked whole). */
async function threeCustomers() {
  const exported: Record<string, string> = {};
  const fixture = await demoConsole({
    settings: { autoPrint: 'off' },
    console: {
      saveFile: async (name, content) => {
        exported[name] = content;
        return `/exports/${name}`;
      },
    },
  });
  const { counter } = fixture;
  const europe = (await saleRequestFor(counter, (name) => name.includes('Europe 1 GB'))).request;
  const austria = (await saleRequestFor(counter)).request;
  const sell = async (email: string, request = austria) => {
    const handoff = await counter.startSale({ ...request, customerEmail: email });
    await counter.leaveHandoff();
    return handoff;
  };
  const ana = await sell('ana.maria@example.com', europe);
  const second = await counter.startCareSale({ kind: 'second-esim', customerUid: ana.customerUid!, ...europe });
  await counter.leaveHandoff();
  const anabel = await sell('anabel@example.org');
  const al = await sell('al@example.com');
  return { ...fixture, exported, ana, anaSecond: second, anabel, al };
}

/** Every value a stranger at the counter must not read off a look-up: emails, ICCIDs, codes, IMSIs. */
function secretsOf(fixture: Awaited<ReturnType<typeof threeCustomers>>): string[] {
  const { account } = fixture.simulator;
  return [...account.customers.values()].flatMap((customer) => [
    customer.email!,
    ...customer.esims.flatMap((esim) => [
      esim.iccid,
      esim.iccid.slice(0, -4), // the hidden part of an ICCID shown by its last digits
      esim.activationCode,
      esim.activationCode.split('$')[2]!, // the matching id alone
      esim.imsi!,
    ]),
  ]);
}

describe('privacy at the counter', () => {
  it('masks an email: the first character of the local part, three asterisks, the domain whole', () => {
    expect(maskEmail('jane.doe@example.com')).toBe('j***@example.com');
    expect(maskEmail('élodie@exemple.fr')).toBe('é***@exemple.fr');
    expect(maskEmail('😀smile@example.com')).toBe('😀***@example.com'); // a whole character, not half of one
    expect(maskEmail('al@example.com')).toBe('***@example.com');
    expect(maskEmail('a@example.com')).toBe('***@example.com');
    expect(maskEmail('no-at-sign')).toBe('***');
  });

  it('a three-letter prefix lists masked matches with counts and coverage, and no email, ICCID or code in its JSON', async () => {
    const fixture = await threeCustomers();
    const { counter, ana, anaSecond, anabel } = fixture;
    const matches = await counter.lookupCustomer({ email: 'ana' });
    expect(matches).toHaveLength(2);
    expect(matches).toEqual(
      expect.arrayContaining([
        {
          customerUid: ana.customerUid,
          maskedEmail: 'a***@example.com',
          coverageSet: 'EUR',
          esimCount: 2,
          packageCount: 2,
          iccidEnds: [ana.esim!.iccid.slice(-4), anaSecond.esim!.iccid.slice(-4)],
        },
        {
          customerUid: anabel.customerUid,
          maskedEmail: 'a***@example.org',
          coverageSet: 'AT',
          esimCount: 1,
          packageCount: 1,
          iccidEnds: [anabel.esim!.iccid.slice(-4)],
        },
      ]),
    );
    const shortName = await counter.lookupCustomer({ email: 'al@' });
    expect(shortName.map((match) => match.maskedEmail)).toEqual(['***@example.com']);

    const json = JSON.stringify([matches, shortName, await counter.lookupCustomer({ email: 'al@example.com' })]);
    for (const secret of secretsOf(fixture)) expect(json, secret).not.toContain(secret);
    expect(json).not.toContain('LPA:');
  });

  it('a look-up by the exact ICCID shows that ICCID (the clerk typed it) and only the last digits of the others', async () => {
    const fixture = await threeCustomers();
    const { counter, ana, anaSecond } = fixture;
    const [exact, ...none] = await counter.lookupCustomer({ iccid: ana.esim!.iccid });
    expect(none).toEqual([]);
    expect(exact).toMatchObject({ customerUid: ana.customerUid, typedIccid: ana.esim!.iccid, esimCount: 2 });
    const exactJson = JSON.stringify(exact).replaceAll(ana.esim!.iccid, '(typed)');
    for (const secret of secretsOf(fixture)) expect(exactJson, secret).not.toContain(secret);

    // By its beginning: nothing typed in full, so nothing shown in full.
    const byPrefix = await counter.lookupCustomer({ iccid: anaSecond.esim!.iccid.slice(0, -2) });
    expect(byPrefix.map((match) => match.customerUid)).toContain(ana.customerUid);
    expect(byPrefix.every((match) => match.typedIccid === undefined)).toBe(true);
    const prefixJson = JSON.stringify(byPrefix);
    for (const secret of secretsOf(fixture)) expect(prefixJson, secret).not.toContain(secret);
  });

  it('opening a customer of the look-up gives the full view and writes exactly one audit entry, with the clerk', async () => {
    const fixture = await threeCustomers();
    const { counter, audit, exported, ana, anaSecond } = fixture;
    await counter.updateSettings({ clerks: ['Mira'] });
    await counter.startShift('Mira');
    await counter.lookupCustomer({ email: 'ana' });
    const before = audit.list().length;

    const view = await counter.openCustomer(ana.customerUid!);
    expect(view).toMatchObject({
      customerUid: ana.customerUid,
      email: 'ana.maria@example.com',
      coverageSet: 'EUR',
      esims: [
        { iccid: ana.esim!.iccid, state: 'RELEASED', qrAvailable: true },
        { iccid: anaSecond.esim!.iccid, state: 'RELEASED', qrAvailable: true },
      ],
      packages: [{ uid: ana.activatedItemUid }, { uid: anaSecond.activatedItemUid }],
    });
    expect(JSON.stringify(view)).not.toContain('LPA:'); // the code comes only with showEsimQr

    const added = audit.list().slice(before);
    expect(added).toEqual([
      {
        at: expect.any(String),
        action: 'customer-opened',
        clerk: 'Mira',
        detail: `a***@example.com (${ana.customerUid})`,
      },
    ]);
    expect(Date.now() - Date.parse(added[0]!.at)).toBeLessThan(60_000);
    const activity = await counter.listActivity({ from: today(), to: today() });
    expect(activity.filter((entry) => entry.action === 'customer-opened')).toEqual(added);
    await counter.exportActivityCsv({ from: today(), to: today() });
    expect(exported[`esim-activity-${today()}.csv`]).toContain(
      `,customer-opened,Mira,,a***@example.com (${ana.customerUid})`,
    );
    expect(JSON.stringify(audit.list())).not.toContain('ana.maria@example.com');
  });

  it('refuses to open a uid that was not in the last look-up, and records nothing then', async () => {
    const { counter, audit, ana, anabel, al } = await threeCustomers();
    await counter.updateSettings({ clerks: ['Mira', 'Jonas'] });
    await expect(counter.openCustomer(ana.customerUid!)).rejects.toThrow(
      'Look the customer up first: only a customer found by the last look-up can be opened.',
    );
    await counter.startShift('Mira');
    await counter.lookupCustomer({ email: 'ana.maria@example.com' });
    const before = audit.list().length;
    await expect(counter.openCustomer(anabel.customerUid!)).rejects.toThrow('Look the customer up first');
    await expect(counter.openCustomer('made-up-uid')).rejects.toThrow('Look the customer up first');
    // A newer look-up replaces the older one's customers.
    await counter.lookupCustomer({ email: 'al@' });
    await expect(counter.openCustomer(ana.customerUid!)).rejects.toThrow('Look the customer up first');
    // The next clerk cannot open what the last one looked up.
    await counter.endShift();
    await counter.startShift('Jonas');
    await expect(counter.openCustomer(al.customerUid!)).rejects.toThrow('Look the customer up first');
    expect(
      audit
        .list()
        .slice(before)
        .map((entry) => entry.action),
    ).toEqual(['shift-end', 'shift-start']);
  });

  it('shows a QR again only for an opened customer’s RELEASED eSIM, read now and recorded each time', async () => {
    const { counter, audit, simulator, ana, anaSecond } = await threeCustomers();
    await counter.lookupCustomer({ email: 'ana.maria@example.com' });
    const request = { customerUid: ana.customerUid!, iccid: ana.esim!.iccid };
    await expect(counter.showEsimQr(request)).rejects.toThrow(
      'Open the customer first: a QR is shown only for the customer opened.',
    );
    await counter.openCustomer(ana.customerUid!);
    const before = audit.list().length;
    expect(await counter.showEsimQr(request)).toEqual({
      iccid: ana.esim!.iccid,
      activationCode: simulator.account.esim(ana.esim!.iccid)!.activationCode,
    });
    expect(audit.list().slice(before)).toEqual([
      {
        at: expect.any(String),
        action: 'qr-shown',
        detail: `a***@example.com (${ana.customerUid}): eSIM ${ana.esim!.iccid}`,
      },
    ]);
    await expect(counter.showEsimQr({ ...request, iccid: '8900000000000000000' })).rejects.toThrow(
      'This customer has no eSIM 8900000000000000000.',
    );
    // Installed meanwhile: the code is not given out any more, and nothing is recorded.
    simulator.scan(anaSecond.esim!.iccid, 'INSTALLED', 0);
    await expect.poll(() => simulator.account.esim(anaSecond.esim!.iccid)?.state, { timeout: 3_000 }).toBe('INSTALLED');
    await expect(counter.showEsimQr({ ...request, iccid: anaSecond.esim!.iccid })).rejects.toThrow(
      'This eSIM is INSTALLED now, no longer waiting to be installed',
    );
    expect(audit.list().length).toBe(before + 1);
  });
});

describe('privacy in the command line', () => {
  it('the CLI’s lookup (support staff’s tool, credentials in its environment) prints no activation code', async () => {
    const simulator = await startSimulator();
    const env = cliEnv(simulator.baseUrl);
    const item = simulator.account.inventory.find((candidate) => candidate.countrySet === 'EUR')!;
    const [sale] = jsonLines(
      (await runCli(['sell', '--item', item.id, '--country', 'DE', '--email', 'kim@example.com', '--json'], env))
        .stdout,
    );
    const { activationCode } = simulator.account.esim(String(sale!.iccid))!;
    const outputs = await Promise.all(
      [
        ['lookup', '--iccid', String(sale!.iccid)],
        ['lookup', '--iccid', String(sale!.iccid), '--json'],
        ['lookup', '--email', 'kim'],
        ['lookup', '--email', 'kim', '--json'],
      ].map((args) => runCli(args, env)),
    );
    for (const { code, stdout, stderr } of outputs) {
      expect(code).toBe(0);
      expect(stdout).toContain(String(sale!.customerUid));
      for (const secret of [activationCode, activationCode.split('$')[2]!, 'LPA:']) {
        expect(stdout + stderr, secret).not.toContain(secret);
      }
    }
  });
});
