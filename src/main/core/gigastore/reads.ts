// The Gigastore reads whose answers are undocumented or barely documented: the API version (no
// authentication), an eSIM's network connectivity, the supported devices list, and a coverage set's
// countries named in a language. Each answer is read by a tolerant shared schema; one that fits none of
// the forms is the 'unknown-form' error, never an empty result. They share the client's transport, token
// and redactor through the ReadSession the client hands over.
import { ConnectivityAnswerSchema, type EsimConnectivity } from '../../../shared/gigastore-connectivity';
import { SupportedDevicesAnswerSchema, type SupportedDevice } from '../../../shared/gigastore-devices';
import {
  ApiVersionAnswerSchema,
  LocalizedCountryListSchema,
  type LocalizedCountry,
} from '../../../shared/gigastore-version';
import type { Redactor } from '../log/redactor';
import { parse } from './answer-parsing';
import { GigastoreError } from './errors';
import { readTolerantly } from './tolerant-answers';
import type { Exchange, Reply, Transport } from './transport';

export interface TolerantReads {
  /** GET /gigastore/version, sent without any credentials: the API version as Gigastore names it. */
  version(): Promise<string>;
  /** GET /gigastore/esim/{iccid}/status/connectivity, read from any plausible form. */
  connectivity(iccid: string): Promise<EsimConnectivity>;
  /** GET /gigastore/esim/device/esim-capable, read from any plausible form into { brand, model } pairs. */
  supportedDevices(): Promise<SupportedDevice[]>;
  /**
   * GET /gigastore/esim/countries/{countrySet} with the Locale header: each country's code, and its name
   * when Gigastore gave one other than the code.
   */
  localizedCountries(countrySet: string, locale: string): Promise<LocalizedCountry[]>;
}

export interface ReadSession {
  transport: Transport;
  redactor: Redactor;
  /** Sends with the bearer token; a read refused for its token is sent once more with a new one. */
  authorized(exchange: Exchange): Promise<Reply>;
}

/** A language tag as a header may carry it: "de", "de-AT", "pt_BR". */
const LOCALE = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8}){0,3}$/;

export function createReads(session: ReadSession): TolerantReads {
  const { transport, redactor, authorized } = session;
  return {
    async version() {
      // No Authorization header: the call must say whether Gigastore answers even without credentials.
      // Sent once (not retried): it is a probe, and the next probe is the retry.
      const exchange: Exchange = {
        method: 'GET',
        path: 'gigastore/version',
        endpoint: 'the version',
        retryable: false,
      };
      return readTolerantly(exchange, await transport.send(exchange), ApiVersionAnswerSchema, redactor);
    },
    async connectivity(iccid) {
      const exchange: Exchange = {
        method: 'GET',
        path: `gigastore/esim/${encodeURIComponent(iccid)}/status/connectivity`,
        endpoint: 'the eSIM connectivity',
        retryable: true,
      };
      return readTolerantly(exchange, await authorized(exchange), ConnectivityAnswerSchema, redactor);
    },
    async supportedDevices() {
      const exchange: Exchange = {
        method: 'GET',
        path: 'gigastore/esim/device/esim-capable',
        endpoint: 'the supported devices list',
        retryable: true,
      };
      return readTolerantly(exchange, await authorized(exchange), SupportedDevicesAnswerSchema, redactor);
    },
    async localizedCountries(countrySet, locale) {
      if (!LOCALE.test(locale)) {
        throw new GigastoreError(`"${locale.slice(0, 20)}" is not a language tag.`, {
          kind: 'config',
          endpoint: 'the coverage countries',
        });
      }
      const exchange: Exchange = {
        method: 'GET',
        path: `gigastore/esim/countries/${encodeURIComponent(countrySet)}`,
        endpoint: 'the coverage countries',
        headers: { locale },
        retryable: true,
      };
      // Documented (a list of { code, name }): a body that is not that is an ordinary invalid answer.
      return parse(exchange, await authorized(exchange), LocalizedCountryListSchema, redactor);
    },
  };
}
