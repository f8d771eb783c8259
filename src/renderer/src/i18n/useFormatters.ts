// The clerk window's formatters, in the UI language (see src/shared/format.ts). One set per language for
// the whole window, not one per component: a screen that mounts on the Activate path cannot spare the
// milliseconds a set's Intl objects take to make.
import { useTranslation } from 'react-i18next';
import { makeFormatters, type Formatters, type Translate } from '../../../shared/format';

export type { Country, Formatters } from '../../../shared/format';

const madeForLanguage = new Map<string, Formatters>();

export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  let formatters = madeForLanguage.get(language);
  if (!formatters) {
    // A translate function fixed to the language: the set must not follow a later switch on its own.
    formatters = makeFormatters(language, i18n.getFixedT(language) as unknown as Translate);
    madeForLanguage.set(language, formatters);
  }
  return formatters;
}
