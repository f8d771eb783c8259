// "Coverage in the customer's words" through the real console on the real simulator: the coverageCountries
// call's arguments are checked at the door, its names come in the asked language (Gigastore's own, or the
// ISO list's where the simulator gives only codes, as for Arabic), one request per set and language, and a
// failing Countries API gives no list and one log line rather than an error. The customer display's confirm
// view carries the same names.
import { describe, expect, it } from 'vitest';
import { dispatchConsoleCall } from '../../src/main/core/dispatch';
import type { Logger } from '../../src/main/core/log/logger';
import { demoConsole, saleRequestFor, until } from '../support/console';

const countriesAsked = (simulator: { requestCount(path: string): number }) =>
  simulator.requestCount('/esim/countries/');

describe('coverageCountries', () => {
  it('refuses a coverage set that is not a code, and a language the customer side does not speak, in one sentence', async () => {
    const { counter, simulator } = await demoConsole();
    const badSet = await dispatchConsoleCall(counter, 'coverageCountries', ['EU/../R', 'de']);
    expect(badSet).toEqual({
      ok: false,
      error: {
        code: 'ipc.invalid-arguments',
        message: 'the request: A coverage set is a code of 2 to 20 letters or digits, like EUR or AT.',
      },
    });
    const badLanguage = await dispatchConsoleCall(counter, 'coverageCountries', ['EUR', 'xx']);
    expect(badLanguage).toMatchObject({ ok: false, error: { code: 'ipc.invalid-arguments' } });
    expect(await dispatchConsoleCall(counter, 'coverageCountries', ['EUR'])).toMatchObject({ ok: false });
    expect(countriesAsked(simulator)).toBe(0);
  });

  it('names a region in the asked language, 12 names then how many more, asking Gigastore once per set and language', async () => {
    const { counter, simulator } = await demoConsole();
    const german = await counter.coverageCountries('EUR', 'de');
    expect(german).toEqual({
      names: expect.arrayContaining(['Belgien', 'Dänemark', 'Deutschland', 'Frankreich']) as string[],
      more: 8,
    });
    expect(german?.names).toHaveLength(12);
    expect(await dispatchConsoleCall(counter, 'coverageCountries', ['EUR', 'de'])).toEqual({ ok: true, value: german });
    expect(countriesAsked(simulator)).toBe(1);

    const french = await counter.coverageCountries('NAM', 'fr');
    expect(french).toEqual({ names: ['Canada', 'États-Unis', 'Mexique'], more: 0 });
    // The simulator names no country in Arabic (codes only): the console names them from the ISO list.
    const arabic = await counter.coverageCountries('NAM', 'ar');
    expect(arabic).toEqual({
      names: ['الولايات المتحدة', 'كندا', 'المكسيك'].sort(new Intl.Collator('ar').compare),
      more: 0,
    });
    expect(countriesAsked(simulator)).toBe(3);
    await counter.coverageCountries('NAM', 'fr');
    expect(countriesAsked(simulator)).toBe(3);
    // A single country's package has no list to ask for.
    expect(await counter.coverageCountries('AT', 'de')).toEqual({ names: [], more: 0 });
    expect(countriesAsked(simulator)).toBe(3);
  });

  it('answers null and logs one sentence when the Countries API fails, and asks again next time', async () => {
    const lines: Array<Record<string, unknown> | undefined> = [];
    const log: Logger = { info: () => undefined, error: () => undefined, warn: (_event, fields) => lines.push(fields) };
    const { counter, simulator } = await demoConsole({ console: { log } });
    simulator.faults.add({ path: '/esim/countries/', action: 'status', status: 500, times: 10 });
    expect(await counter.coverageCountries('EUR', 'it')).toBeNull();
    expect(lines.filter((fields) => String(fields?.['message']).startsWith('The countries of EUR'))).toHaveLength(1);
    simulator.faults.clear();
    expect((await counter.coverageCountries('EUR', 'it'))?.names).toContain('Austria');
  });

  it('puts the names on the customer display’s confirm view in the customer’s language, once Gigastore named them', async () => {
    const { counter } = await demoConsole();
    const { item } = await saleRequestFor(counter, (name) => name.includes('North America'));
    await counter.previewSale({ inventoryItemId: item.id, customerLanguage: 'es' });
    await until(() => counter.customerView().screen === 'confirm' && 'countries' in counter.customerView());
    expect(counter.customerView()).toMatchObject({
      screen: 'confirm',
      language: 'es',
      countries: { names: ['Canadá', 'Estados Unidos', 'México'], more: 0 },
    });
  });
});
