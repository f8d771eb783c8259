// Gigastore's strings reach the support person's terminal: a package name, an email, a state or a refusal
// holding escape sequences must print as plain text in human output (no screen clear, no clipboard write,
// no fake line), and whole, escaped, in JSON output. The strings are put into the simulator's account
// in-process, as a hostile or broken Gigastore would answer them.
import { describe, expect, it } from 'vitest';
import { cliEnv, jsonLines, runCli } from '../support/cli';
import { startSimulator } from '../support/simulator';

const ESC = '\u001b';
/** Clear the screen, write the clipboard (OSC 52), an 8-bit CSI, a fake line, a reset, DEL, a right-to-left override. */
const HOSTILE_NAME = `Evil${ESC}[2J${ESC}]52;c;ZXZpbA==\u0007 pkg\u009b31m\nSold fake${ESC}c\u007f\u202eoops`;
const SHOWN_NAME = 'Evil pkg Sold fakeoops';
const HOSTILE_EMAIL = `kim${ESC}[8m@example.com`;
const HOSTILE_STATE = `RELEASED${ESC}[1A${ESC}[2K`;
/** What must never reach a terminal raw (line ends aside). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point of the test
const RAW_CONTROL = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

async function hostileAccount() {
  const simulator = await startSimulator();
  const env = cliEnv(simulator.baseUrl);
  const europe = simulator.account.inventory.filter((item) => item.countrySet === 'EUR');
  europe[0]!.name = HOSTILE_NAME;
  const [sale] = jsonLines((await runCli(['sell', '--item', europe[0]!.id, '--country', 'DE', '--json'], env)).stdout);
  const customer = simulator.account.customers.get(String(sale!.customerUid))!;
  customer.email = HOSTILE_EMAIL;
  simulator.account.setEsimState(String(sale!.iccid), HOSTILE_STATE, new Date());
  return { simulator, env, europe, sale: sale!, customer };
}

describe("Gigastore's strings on the terminal", () => {
  it('human output shows them cleaned: no escape sequence, no control character, no fake line', async () => {
    const { env, europe, sale } = await hostileAccount();
    const outputs = {
      inventory: await runCli(['inventory'], env),
      sell: await runCli(['sell', '--item', europe[0]!.id, '--country', 'DE'], env),
      journal: await runCli(['journal'], env),
      csv: await runCli(['journal', '--csv'], env),
      lookup: await runCli(['lookup', '--email', 'kim'], env),
      status: await runCli(['status', '--iccid', String(sale.iccid)], env),
    };
    for (const [command, { code, stdout, stderr }] of Object.entries(outputs)) {
      expect({ command, code, raw: RAW_CONTROL.exec(stdout + stderr)?.[0] }).toEqual({
        command,
        code: 0,
        raw: undefined,
      });
      expect(stdout.split(/\r?\n/).some((line) => line.startsWith('Sold fake'))).toBe(false);
    }
    expect(outputs.inventory.stdout).toContain(`  ${SHOWN_NAME}  [EUR]`);
    expect(outputs.sell.stdout).toMatch(new RegExp(`^Sold ${SHOWN_NAME} for `));
    expect(outputs.journal.stdout).toContain(`  ${SHOWN_NAME}  `);
    expect(outputs.csv.stdout).toContain(`,"${SHOWN_NAME}",`);
    expect(outputs.lookup.stdout).toContain(`Customer ${sale.customerUid}  kim@example.com\n`);
    expect(outputs.lookup.stdout).toContain(`  eSIM ${sale.iccid}  RELEASED\n`);
    expect(outputs.status.stdout).toBe(`${sale.iccid}  RELEASED\n`);
  });

  it("a refusal's message from Gigastore is cleaned on stderr too", async () => {
    const { simulator, env, sale, customer } = await hostileAccount();
    customer.countrySet = `EUR${ESC}]0;owned${ESC}\\${ESC}[5m`;
    const austria = simulator.account.inventory.find((item) => item.countrySet === 'AT')!;
    const refused = await runCli(['topup', '--customer', String(sale.customerUid), '--item', austria.id], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      `"This customer's packages cover EUR; a AT package needs a new customer.". Nothing`,
    );
    expect(RAW_CONTROL.exec(refused.stderr)).toBeNull();
  });

  it('JSON output keeps them whole, every control character escaped (C1, DEL and overrides too)', async () => {
    const { env, europe, sale } = await hostileAccount();
    const outputs = {
      inventory: await runCli(['inventory', '--json'], env),
      journal: await runCli(['journal', '--json'], env),
      lookup: await runCli(['lookup', '--email', 'kim', '--json'], env),
      status: await runCli(['status', '--iccid', String(sale.iccid), '--json'], env),
    };
    for (const [command, { stdout }] of Object.entries(outputs))
      expect({ command, raw: RAW_CONTROL.exec(stdout)?.[0] }).toEqual({ command, raw: undefined });
    expect(outputs.inventory.stdout).toContain('\\u009b31m');
    expect(jsonLines(outputs.inventory.stdout).find((item) => item.id === europe[0]!.id)?.name).toBe(HOSTILE_NAME);
    expect(jsonLines(outputs.journal.stdout)[0]).toMatchObject({ item: { name: HOSTILE_NAME } });
    expect(jsonLines(outputs.lookup.stdout)[0]).toMatchObject({
      email: HOSTILE_EMAIL,
      esims: [{ state: HOSTILE_STATE }],
    });
    expect(jsonLines(outputs.status.stdout)).toEqual([
      { iccid: sale.iccid, state: HOSTILE_STATE, customerUid: sale.customerUid },
    ]);
  });
});
