// "Coverage in the customer's words": a coverage set's countries in the customer's language from the
// simulator's Countries API (Locale header), kept per set and language, named from the ISO list where
// Gigastore gives only codes, and bounded in memory.
import { describe, expect, it } from 'vitest';
import { createGigastoreClient } from '../../src/main/core/gigastore/client';
import { CoverageCountries } from '../../src/main/core/coverage-countries';
import { clientFor, startSimulator } from '../support/simulator';
import { startStandIn } from '../support/stand-in-server';

const countriesRequests = (simulator: { requestCount(path: string): number }) =>
  simulator.requestCount('/esim/countries/');

async function coverageOnSimulator(options: { maxEntries?: number } = {}) {
  const simulator = await startSimulator();
  const client = clientFor(simulator);
  const clock = { now: 0 };
  const coverage = new CoverageCountries({
    fetchCountries: (set, locale) => client.localizedCountries(set, locale),
    now: () => clock.now,
    ...options,
  });
  return { simulator, coverage, clock };
}

describe('coverage countries in the customer’s language', () => {
  it('names the countries in the language asked, sorted by name in it', async () => {
    const { coverage } = await coverageOnSimulator();
    const german = await coverage.countries('NAM', 'de');
    expect(german).toEqual([
      { code: 'CA', name: 'Kanada', namedBy: 'gigastore' },
      { code: 'MX', name: 'Mexiko', namedBy: 'gigastore' },
      { code: 'US', name: 'Vereinigte Staaten', namedBy: 'gigastore' },
    ]);
    const spanish = await coverage.countries('NAM', 'es');
    expect(spanish.map((country) => country.name)).toEqual(['Canadá', 'Estados Unidos', 'México']);
  });

  it('keeps each set and language: asked again, no new request; another language is asked for', async () => {
    const { simulator, coverage, clock } = await coverageOnSimulator();
    await coverage.countries('EUR', 'fr');
    clock.now += 60 * 60 * 1000;
    await Promise.all([coverage.countries('EUR', 'fr'), coverage.countries('eur', 'fr')]);
    expect(countriesRequests(simulator)).toBe(1);
    await coverage.countries('EUR', 'it');
    expect(countriesRequests(simulator)).toBe(2);
    clock.now += 24 * 60 * 60 * 1000;
    await coverage.countries('EUR', 'fr');
    expect(countriesRequests(simulator)).toBe(3);
  });

  it('shares one request between concurrent asks and keeps no failure', async () => {
    const { simulator, coverage } = await coverageOnSimulator();
    simulator.faults.add({ path: '/esim/countries/', action: 'status', status: 400 });
    await expect(coverage.countries('AT', 'de')).rejects.toThrow(/HTTP 400/);
    const [first, second] = await Promise.all([coverage.countries('AT', 'de'), coverage.countries('AT', 'de')]);
    expect(first).toEqual([{ code: 'AT', name: 'Österreich', namedBy: 'gigastore' }]);
    expect(second).toBe(first);
    expect(countriesRequests(simulator)).toBe(2);
  });

  it('holds at most the bound, dropping the least recently used', async () => {
    const { simulator, coverage } = await coverageOnSimulator({ maxEntries: 2 });
    await coverage.countries('AT', 'de');
    await coverage.countries('AT', 'fr');
    await coverage.countries('AT', 'de'); // used again: fr is now the oldest
    await coverage.countries('AT', 'tr');
    expect(coverage.size).toBe(2);
    await coverage.countries('AT', 'de');
    expect(countriesRequests(simulator)).toBe(3);
    await coverage.countries('AT', 'fr');
    expect(countriesRequests(simulator)).toBe(4);
  });

  it('names countries from the ISO list in the language when Gigastore gives only codes', async () => {
    const standIn = await startStandIn(() => ({
      body: JSON.stringify([
        { code: 'AT', name: 'AT', imageUrl: '/esim/countries/at/flag' },
        { code: 'au', name: 'AU' },
        { code: 'XZ', name: 'XZ' },
      ]),
    }));
    const client = createGigastoreClient({
      baseUrl: standIn.baseUrl,
      credentials: () => ({ clientId: 'demo', clientSecret: 'demo' }),
    });
    const coverage = new CoverageCountries({ fetchCountries: (set, locale) => client.localizedCountries(set, locale) });
    expect(await coverage.countries('XX', 'de')).toEqual([
      { code: 'AU', name: 'Australien', namedBy: 'iso' },
      { code: 'AT', name: 'Österreich', namedBy: 'iso' },
      { code: 'XZ', name: 'XZ', namedBy: 'code' },
    ]);
    expect(standIn.requests.at(-1)?.headers.locale).toBe('de');
  });
});
