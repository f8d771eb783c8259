// Privacy at the counter in Chromium, against the real core, audit trail and simulator: a three-letter prefix
// lists other customers masked (j***@…), with no QR, email, ICCID or code anywhere in the page; the clerk
// opens one customer, whose QR then decodes off the screen; History › Activity and its CSV name the clerk
// who opened them and showed the QR. Axe on the list.
import { readFileSync } from 'node:fs';
import { decodeWithJsQr } from '../support/qr';
import { seriousViolations } from './axe';
import { lookUp, openCustomer, receiptsOff, sell } from './care-support';
import { expect, saveScreen, test } from './harness';

receiptsOff();

test('a prefix look-up lists customers masked and shows no QR; opening one shows its QR, and History names the clerk', async ({
  page,
  counter,
}) => {
  await counter.console.updateSettings({ clerks: ['Mira'] });
  await page.getByTestId('shift-clerk').first().click();
  await expect(page.getByTestId('header-clerk')).toHaveText('On shift: Mira');
  const jane = await sell(page, counter, 'europe 1 gb', { email: 'jane.doe@example.com' });
  const janet = await sell(page, counter, 'austria 3 gb', { email: 'janet@example.org' });
  const { account } = counter.simulator;
  const secrets = [jane, janet].flatMap((sold) => {
    const esim = account.esim(sold.iccid)!;
    return [sold.iccid, sold.iccid.slice(0, -4), esim.activationCode, esim.activationCode.split('$')[2]!, esim.imsi!];
  });

  await lookUp(page, 'jan');
  const matches = page.getByTestId('care-match');
  await expect(matches).toHaveCount(2);
  const janeRow = page.locator(`[data-testid="care-match"][data-customer-uid="${jane.customerUid}"]`);
  const janetRow = page.locator(`[data-testid="care-match"][data-customer-uid="${janet.customerUid}"]`);
  await expect(janeRow.getByTestId('care-match-email')).toHaveText('j***@example.com');
  await expect(janetRow.getByTestId('care-match-email')).toHaveText('j***@example.org');
  await expect(janeRow.getByTestId('care-match-iccid')).toHaveText(`…${jane.iccid.slice(-4)}`);
  await expect(janeRow.getByTestId('care-match-esims')).toHaveText('1 eSIM');
  await expect(janeRow.getByTestId('care-match-packages')).toHaveText('1 package');
  await expect(janetRow.getByTestId('care-match-coverage')).toHaveText('Austria (AT)');
  await expect(page.getByTestId('care-reshow')).toHaveCount(0);
  await expect(page.getByTestId('care-customer')).toHaveCount(0);
  await expect(page.getByTestId('handoff-qr')).toHaveCount(0);
  expect(decodeWithJsQr(await saveScreen(page, 'care-list'))).toBeUndefined();
  const html = await page.content();
  for (const secret of ['jane.doe', 'janet@', ...secrets]) expect(html, secret).not.toContain(secret);
  expect(html).not.toContain('LPA:');
  expect(await seriousViolations(page), 'the look-up list').toEqual([]);

  await openCustomer(page, jane.customerUid);
  await expect(page.getByTestId('care-email')).toHaveText('jane.doe@example.com');
  await expect(page.getByTestId('care-email')).toBeFocused();
  await expect(page.getByTestId('care-esim-iccid')).toHaveText(jane.iccid);
  await page.getByTestId('care-reshow').click();
  await expect(page.getByTestId('care-reshow-dialog')).toBeVisible();
  expect(decodeWithJsQr(await saveScreen(page, 'care-opened-reshow'))).toBe(account.esim(jane.iccid)!.activationCode);
  await page.keyboard.press('Escape'); // the QR's dialog
  await expect(page.getByTestId('care-reshow-dialog')).toHaveCount(0);
  await page.keyboard.press('Escape'); // back to the list, Jane's Open button focused
  await expect(page.getByTestId('care-customer')).toHaveCount(0);
  await expect(janeRow.getByTestId('care-open')).toBeFocused();
  await expect(matches).toHaveCount(2);

  await page.keyboard.press('Escape');
  await page.getByTestId('open-history').click();
  await page.getByTestId('history-tab-activity').click();
  const activity = page.getByTestId('history-activity');
  const opened = activity.locator('[data-testid="activity-entry"][data-action="customer-opened"]');
  await expect(opened).toHaveCount(1);
  await expect(opened.getByTestId('activity-clerk')).toHaveText('Mira');
  await expect(opened).toContainText('Customer opened');
  await expect(opened).toContainText(`j***@example.com (${jane.customerUid})`);
  const shown = activity.locator('[data-testid="activity-entry"][data-action="qr-shown"]');
  await expect(shown.getByTestId('activity-clerk')).toHaveText('Mira');
  await expect(shown).toContainText('QR shown again');
  await expect(shown).toContainText(jane.iccid);
  await expect(activity).not.toContainText('jane.doe@example.com');

  await page.getByTestId('export-activity-csv').click();
  const path = (await page.getByTestId('export-activity-result').getAttribute('title'))!;
  const csv = readFileSync(path, 'utf8');
  expect(csv).toContain(`,customer-opened,Mira,,j***@example.com (${jane.customerUid})`);
  expect(csv).toContain(`,qr-shown,Mira,,j***@example.com (${jane.customerUid}): eSIM ${jane.iccid}`);
});

test('a customer the page was never given cannot be opened through the bridge, and nothing is recorded', async ({
  page,
  counter,
}) => {
  const jane = await sell(page, counter, 'austria 3 gb', { email: 'jane.doe@example.com' });
  const before = (await counter.console.listActivity(today())).length;
  const answer = await page.evaluate(
    (uid) =>
      (window as unknown as { esimCounter: { openCustomer(uid: string): Promise<unknown> } }).esimCounter.openCustomer(
        uid,
      ),
    jane.customerUid,
  );
  expect(answer).toMatchObject({
    ok: false,
    error: { message: expect.stringContaining('Look the customer up first') },
  });
  expect(JSON.stringify(answer)).not.toContain('jane.doe');
  expect((await counter.console.listActivity(today())).length).toBe(before);
});

function today() {
  const day = new Date().toLocaleDateString('sv-SE');
  return { from: day, to: day };
}
