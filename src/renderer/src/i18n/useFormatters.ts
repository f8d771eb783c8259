// The clerk window's formatters, in the UI language (see src/shared/format.ts). One memoised set per
// language, so lists of hundreds of rows do not build a formatter per cell.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { makeFormatters, type Formatters, type Translate } from '../../../shared/format';

export type { Country, Formatters } from '../../../shared/format';

export function useFormatters(): Formatters {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  // i18next's t is typed on our keys; the shared formatters take any key they build themselves.
  return useMemo(() => makeFormatters(language, t as unknown as Translate), [language, t]);
}
