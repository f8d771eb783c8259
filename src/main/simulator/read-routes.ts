// The simulator's answers to the reads Gigastore documents little or not at all, each in one plausible
// form (the client's tolerant schemas read the others; the tests feed them those): the supported devices
// as brands with models, an eSIM's connectivity (never seen until its profile is installed, then on a
// network in its coverage), and a coverage set's countries named in the language of the Locale header.
import { ConnectivityStatusSchema } from '../../shared/gigastore-connectivity';
import { DeviceBrandListSchema } from '../../shared/gigastore-devices';
import { CountryListSchema } from '../../shared/gigastore';
import { countriesOf } from './catalogue';
import { DEMO_DEVICES } from './devices';
import type { ApiAnswer, Route } from './route';
import { Refusal, type SimulatedAccount } from './store';

/**
 * The languages the simulated Gigastore names countries in. Any other Locale gets each country "named" by
 * its code, as Gigastore's own documented example does (AU named "AU"): the console then names it itself.
 */
const NAMED_LANGUAGES = new Set(['en', 'de', 'fr', 'es', 'it', 'tr']);

/** One partner network per country where the demo eSIMs show up (any other: a generic partner). */
const NETWORKS: Record<string, string> = {
  AT: 'A1 Telekom Austria',
  DE: 'Telekom Deutschland',
  FR: 'Orange F',
  ES: 'Movistar',
  IT: 'TIM',
  GB: 'EE',
  TR: 'Turkcell',
  US: 'T-Mobile US',
  AU: 'Telstra',
  JP: 'NTT DOCOMO',
};

/** The language of the Locale header when the simulator names countries in it; undefined otherwise. */
function languageOf(locale: string | string[] | undefined): string | undefined {
  const tag = (Array.isArray(locale) ? locale[0] : locale) ?? '';
  const language = tag.split(/[-_]/)[0]?.toLowerCase() ?? '';
  return NAMED_LANGUAGES.has(language) ? language : undefined;
}

function countries(countrySet: string, locale: string | string[] | undefined): ApiAnswer {
  const language = languageOf(locale);
  const names = language ? new Intl.DisplayNames([language], { type: 'region' }) : undefined;
  return {
    status: 200,
    json: CountryListSchema.parse(
      countriesOf(countrySet).map((code) => ({
        code,
        name: names?.of(code) ?? code,
        imageUrl: `/esim/countries/${code.toLowerCase()}/flag`,
      })),
    ),
  };
}

/** Where an installed demo eSIM is on a network: its coverage's first country with a known network. */
function whereSeen(countrySet: string): { countryCode: string; networkName: string } {
  const covered = countriesOf(countrySet);
  const code = covered.find((country) => NETWORKS[country]) ?? covered[0] ?? 'DE';
  return { countryCode: code, networkName: NETWORKS[code] ?? `${code} partner network` };
}

function connectivity(account: SimulatedAccount, iccid: string, now: Date): ApiAnswer {
  const esim = account.esim(iccid);
  const customer = account.byIccid.get(iccid);
  if (!esim || !customer) throw new Refusal(404, 'Not Found', `eSIM ${iccid} does not exist.`);
  const connected = esim.state === 'INSTALLED';
  const seen = Boolean(esim.lastSeen);
  const where = seen ? whereSeen(customer.countrySet) : { countryCode: null, networkName: null };
  return {
    status: 200,
    json: ConnectivityStatusSchema.parse({
      iccid,
      connected,
      // A connected eSIM is being seen now; one switched off or removed was last seen at its last install.
      lastSeen: connected ? now.toISOString() : (esim.lastSeen ?? null),
      ...where,
    }),
  };
}

export function readRoutes(account: SimulatedAccount): Route[] {
  return [
    [
      'GET',
      /^\/gigastore\/esim\/device\/esim-capable$/,
      () => ({ status: 200, json: DeviceBrandListSchema.parse(DEMO_DEVICES) }),
    ],
    [
      'GET',
      /^\/gigastore\/esim\/([^/]+)\/status\/connectivity$/,
      (request, [iccid = '']) => connectivity(account, decodeURIComponent(iccid), request.now),
    ],
    [
      'GET',
      /^\/gigastore\/esim\/countries\/([A-Za-z]+)$/,
      (request, [set = '']) => countries(set.toUpperCase(), request.headers.locale),
    ],
  ];
}
