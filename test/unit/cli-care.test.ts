import { describe, expect, it } from 'vitest';
import { useData } from '../../src/main/simulator/care';
import { cliEnv, jsonLines, runCli } from '../support/cli';
import { startSimulator } from '../support/simulator';

async function sold(options: Parameters<typeof startSimulator>[0] = {}) {
  const simulator = await startSimulator(options);
  const env = cliEnv(simulator.baseUrl);
  const europe = simulator.account.inventory.filter((item) => item.countrySet === 'EUR');
  const [sale] = jsonLines(
    (await runCli(['sell', '--item', europe[0]!.id, '--country', 'DE', '--email', 'kim@example.com', '--json'], env))
      .stdout,
  );
  return { simulator, env, europe, sale: sale! };
}

describe('the CLI’s customer-care commands', () => {
  it('looks a customer up by ICCID and by the start of an email', async () => {
    const { env, sale } = await sold();
    const [byIccid] = jsonLines((await runCli(['lookup', '--iccid', String(sale.iccid), '--json'], env)).stdout);
    expect(byIccid).toMatchObject({
      customerUid: sale.customerUid,
      email: 'kim@example.com',
      esims: [{ iccid: sale.iccid, state: 'RELEASED' }],
    });
    expect(jsonLines((await runCli(['lookup', '--email', 'kim@', '--json'], env)).stdout)).toHaveLength(1);
    expect((await runCli(['lookup', '--email', 'nobody@'], env)).stdout).toBe('No customer matches.\n');
    expect((await runCli(['lookup'], env)).stderr).toContain('Give exactly one of --iccid and --email.');
  });

  it('tops a customer up, and is refused another coverage set with nothing charged', async () => {
    const { simulator, env, europe, sale } = await sold();
    const [topUp] = jsonLines(
      (await runCli(['topup', '--customer', String(sale.customerUid), '--item', europe[1]!.id, '--json'], env)).stdout,
    );
    expect(topUp).toMatchObject({ status: 'completed', customerUid: sale.customerUid });
    const austria = simulator.account.inventory.find((item) => item.countrySet === 'AT')!;
    const refused = await runCli(['topup', '--customer', String(sale.customerUid), '--item', austria.id], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("This customer's packages cover EUR");
    expect(refused.stderr).toContain('Nothing was charged');
    expect(simulator.account.activations).toHaveLength(2);
  });

  it('prints the ICCID a top-up went onto; with several eSIMs says so and lists them all', async () => {
    const { simulator, env, europe, sale } = await sold();
    const topUp = (...more: string[]) =>
      runCli(['topup', '--customer', String(sale.customerUid), '--item', europe[1]!.id, ...more], env);
    const one = await topUp();
    expect(one.code).toBe(0);
    expect(one.stdout.split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^Topped up customer ${sale.customerUid} with eSIM Europe .* \\(sale `)),
      `ICCID            ${sale.iccid}`,
      '',
    ]);
    expect(jsonLines((await topUp('--json')).stdout)[0]).toMatchObject({ iccid: sale.iccid, iccids: [sale.iccid] });

    // The customer's new phone: a second eSIM (top-up with profile), made in the account directly.
    const second = simulator.account.topUp(
      {
        inventoryItemId: europe[2]!.id,
        metatag: 'SECOND-PHONE',
        customerUid: String(sale.customerUid),
        expectedPrice: europe[2]!.retailPrices[0]!,
        userIp: '192.0.2.10',
        userCountry: 'DE',
      },
      true,
      new Date(),
    ).esimProfile!.iccid;
    const several = await topUp();
    expect(several.code).toBe(0);
    expect(several.stdout.split('\n').slice(1)).toEqual([
      'The customer has 2 eSIMs; Gigastore does not say which one the package is on:',
      `ICCID            ${sale.iccid}`,
      `ICCID            ${second}`,
      '',
    ]);
    const [json] = jsonLines((await topUp('--json')).stdout);
    expect(json).toMatchObject({ status: 'completed', iccids: [sale.iccid, second] });
    expect(json).not.toHaveProperty('iccid');
  });

  it('refunds an unused package (trying the documented path when the prefixed one is unknown), and prints a refusal as Gigastore wrote it', async () => {
    const { simulator, env, sale } = await sold({ refundPath: 'documented' });
    const refunded = await runCli(
      ['refund', '--item', String(sale.activatedItemUid), '--reason', 'Wrong package'],
      env,
    );
    expect(refunded).toMatchObject({
      code: 0,
      stdout: 'Refunded through /activations/activated-items/{uid}/refund.\n',
    });
    const journal = jsonLines((await runCli(['journal', '--json'], env)).stdout);
    expect(journal[0]?.refunds).toMatchObject([{ outcome: 'refunded', reason: 'Wrong package' }]);

    const [topUp] = jsonLines(
      (
        await runCli(
          [
            'topup',
            '--customer',
            String(sale.customerUid),
            '--item',
            simulator.account.inventory.find((item) => item.countrySet === 'EUR')!.id,
            '--json',
          ],
          env,
        )
      ).stdout,
    );
    useData(simulator.account, String(topUp!.activatedItemUid), 1);
    const refused = await runCli(
      ['refund', '--item', String(topUp!.activatedItemUid), '--reason', 'Changed plans'],
      env,
    );
    expect(refused).toMatchObject({ code: 1, stderr: 'The package has been used and can no longer be refunded.\n' });
    expect((await runCli(['refund', '--item', 'x', '--reason', 'no'], env)).stderr).toBe(
      '--reason is shorter than 3 characters.\n',
    );
  });
});
