// Support's view of what Gigastore answered, in Chromium against the real core: History shows only the
// allow-listed fields of an answer (status, code, title, message, type), redacted; never the body.
import { expect, test } from './harness';

test('a sale answered in an odd shape shows support only the allow-listed, redacted fields of the answer', async ({
  page,
  counter,
}) => {
  // Gigastore charges the sale, then answers 200 in a shape the console does not know: uncertain, then found.
  counter.simulator.faults.add({
    path: '/register',
    action: 'answer',
    commit: true,
    body: {
      status: 'ACCEPTED',
      title: 'Registered',
      message: 'Install with LPA:1$rsp.hostile.example$HOSTILE-MATCH-7731',
      code: 'R-1',
      type: 'https://api.giga.store/problems/odd-shape',
      customerEmail: 'someone.else@example.com',
      access_token: 'opaque-access-9Qw7Zt3Lm5',
    },
  });
  await page.getByTestId('catalogue-row').first().click();
  await page.getByTestId('activate-button').click();
  await expect(page.getByTestId('handoff-qr')).toBeVisible({ timeout: 5_000 });
  await page.getByTestId('new-sale').click();

  await page.getByTestId('open-history').click();
  await page.getByTestId('history-row').first().click();
  const error = page.getByTestId('sale-details').getByTestId('sale-error');
  await expect(error).toContainText('does not understand');
  await error.locator('summary').click();
  // Unfolded, the support view holds nothing of the answer beyond its allow-list: no code, token or email.
  for (const leak of ['HOSTILE-MATCH-7731', 'someone.else@example.com', 'opaque-access-9Qw7Zt3Lm5']) {
    await expect(page.locator('body')).not.toContainText(leak);
  }
  await expect(error.locator('summary')).toHaveText("Gigastore's answer (its main fields), for support");
  const answer = error.getByTestId('sale-error-answer');
  await expect(answer.locator('dt')).toHaveText(['status', 'code', 'title', 'message', 'type']);
  await expect(answer.locator('dd')).toHaveText([
    'ACCEPTED',
    'R-1',
    'Registered',
    'Install with LPA:1$[redacted]',
    'https://api.giga.store/problems/odd-shape',
  ]);
});
