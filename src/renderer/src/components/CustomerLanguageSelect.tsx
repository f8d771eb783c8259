// The languages a customer's receipt can be printed in, each named in its own language ("Deutsch"), so
// the customer can point at theirs whatever language the clerk's screen is in.
import type { SelectHTMLAttributes } from 'react';
import { CUSTOMER_LANGUAGES, type CustomerLanguage } from '../../../shared/languages';
import { nativeLanguageName } from '../i18n/languageNames';

type CustomerLanguageSelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> & {
  value: CustomerLanguage;
  onChange(language: CustomerLanguage): void;
};

function isCustomerLanguage(value: string): value is CustomerLanguage {
  return CUSTOMER_LANGUAGES.some((language) => language === value);
}

export function CustomerLanguageSelect({ value, onChange, ...selectProps }: CustomerLanguageSelectProps) {
  return (
    <select
      {...selectProps}
      value={value}
      onChange={(event) => {
        if (isCustomerLanguage(event.target.value)) onChange(event.target.value);
      }}
    >
      {CUSTOMER_LANGUAGES.map((language) => (
        <option key={language} value={language} lang={language}>
          {nativeLanguageName(language)}
        </option>
      ))}
    </select>
  );
}
