// Types every t() key against the English file: a typo or a removed key fails `tsc`, not the clerk.
import 'i18next';
import type en from '../../../shared/i18n/en.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
