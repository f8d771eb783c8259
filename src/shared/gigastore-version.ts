// GET /gigastore/version (no authentication; known only from a third-party client) and the Countries API
// read with a Locale header. Neither body is documented beyond an example, so each reader accepts the
// plausible forms: the version as a bare string (JSON or plain text), a number, or an object holding it
// under version, apiVersion, ... (nested under info, data, ... or not); the countries as the documented
// bare list or wrapped under a key.
import { z } from 'zod';
import { CountrySchema } from './gigastore';

const VERSION_KEYS = ['version', 'apiVersion', 'api_version', 'appVersion', 'buildVersion', 'release', 'tag', 'build'];
const VERSION_WRAPPER_KEYS = ['info', 'data', 'result', 'api', 'app', 'application', 'server'];
const MAX_VERSION_LENGTH = 64;

/** A version is one short line of visible characters with at least one letter or digit. */
function versionText(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (!text || text.length > MAX_VERSION_LENGTH || /[\p{Cc}\p{Cf}]/u.test(text) || !/[\p{L}\p{N}]/u.test(text)) {
    return undefined;
  }
  return text;
}

function readVersion(body: unknown, depth: number): string | undefined {
  const text = versionText(body);
  if (text !== undefined || typeof body !== 'object' || body === null || Array.isArray(body) || depth > 3) return text;
  const entry = body as Record<string, unknown>;
  for (const key of VERSION_KEYS) {
    const found = versionText(entry[key]);
    if (found) return found;
  }
  for (const key of [...VERSION_KEYS, ...VERSION_WRAPPER_KEYS]) {
    const found = readVersion(entry[key], depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** Reads the API version from any plausible form; refuses a body that holds none. */
export const ApiVersionAnswerSchema = z.unknown().transform((body, context): string => {
  const version = readVersion(body, 0);
  if (version === undefined) {
    context.addIssue({ code: 'custom', message: 'no version in a known form' });
    return z.NEVER;
  }
  return version;
});

const COUNTRY_WRAPPER_KEYS = ['countries', 'items', 'data', 'content', 'results'];

/**
 * GET /gigastore/esim/countries/{countrySet} with a Locale header: the documented bare list, or the same
 * list wrapped under a key. Codes come uppercase; a name that is missing, blank or only the code again
 * (as in the docs' example) is left out, so the caller knows to name the country itself.
 */
export const LocalizedCountryListSchema = z
  .preprocess((body) => {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
    const entry = body as Record<string, unknown>;
    return COUNTRY_WRAPPER_KEYS.map((key) => entry[key]).find(Array.isArray) ?? body;
  }, z.array(CountrySchema))
  .transform((countries) =>
    countries.map(({ code, name }) => {
      const upper = code.trim().toUpperCase();
      const named = name?.replace(/[\p{Cc}\p{Cf}]/gu, ' ').trim();
      return named && named.toUpperCase() !== upper && named.length <= 100
        ? { code: upper, name: named }
        : { code: upper };
    }),
  );
export type LocalizedCountry = z.output<typeof LocalizedCountryListSchema>[number];
