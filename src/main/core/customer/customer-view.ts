// The customer display's view, derived from the sale on screen, else the package being confirmed, else
// a welcome. Nothing here is stored: it is recomputed whenever one of its inputs changes.
import type { CatalogueItem } from '../../../shared/catalogue';
import type { CoverageNames } from '../../../shared/coverage-api';
import type { CustomerView } from '../../../shared/customer-view';
import type { DeviceCheckOutcome } from '../../../shared/device-check';
import type { Handoff } from '../../../shared/handoff';
import { CustomerLanguageSchema, type CustomerLanguage } from '../../../shared/languages';
import type { Settings } from '../../../shared/settings';

export interface Preview {
  item: CatalogueItem;
  language: CustomerLanguage;
  /** The customer's phone was checked against the supported devices list. */
  device?: DeviceCheckOutcome;
}

/** A coverage set's countries in a language, when they are known now (the display asks for them otherwise). */
export type CountriesKnown = (countrySet: string, language: CustomerLanguage) => CoverageNames | undefined;

export function customerViewOf(
  handoff: Handoff | null,
  preview: Preview | null,
  settings: Settings,
  countriesKnown: CountriesKnown = () => undefined,
): CustomerView {
  const saleLanguage = CustomerLanguageSchema.safeParse(handoff?.customerLanguage);
  const language = saleLanguage.success ? saleLanguage.data : (preview?.language ?? settings.storeLanguage);
  const base = { language, storeName: settings.storeName };
  const countriesOf = (item: CatalogueItem) => {
    const countries = countriesKnown(item.countrySet, language);
    return countries && countries.names.length > 0 ? { countries } : {};
  };
  if (!handoff && preview) {
    const { item, device } = preview;
    return { ...base, screen: 'confirm', item, ...(device ? { device } : {}), ...countriesOf(item) };
  }
  if (!handoff) return { ...base, screen: 'welcome' };
  const { item } = handoff;
  switch (handoff.phase) {
    case 'activating':
      return { ...base, screen: 'activating', item };
    case 'verifying':
      return { ...base, screen: 'problem', problem: 'checking' };
    case 'failed':
    case 'not-charged':
      return { ...base, screen: 'problem', problem: 'not-completed' };
    case 'active': {
      const esim = handoff.esim;
      if (!esim) return { ...base, screen: 'activating', item };
      if (esim.state === 'INSTALLED') return { ...base, screen: 'installed', item };
      if (esim.state === 'ERROR') return { ...base, screen: 'problem', problem: 'esim-error' };
      const { activationCode, state } = esim;
      return { ...base, screen: 'scan', item, activationCode, state, ...countriesOf(item) };
    }
  }
}
