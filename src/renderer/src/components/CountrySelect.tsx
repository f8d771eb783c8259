// Every ISO country by name in the clerk's language, each with its code ("Austria (AT)").
import type { SelectHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../i18n/useFormatters';

type CountrySelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> & {
  value: string;
  onChange(code: string): void;
};

export function CountrySelect({ value, onChange, ...selectProps }: CountrySelectProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { countryName } = format;
  const countries = format.countries();
  // A saved code outside the ISO list (e.g. XK) must still show as chosen, not silently as the first option.
  const unlisted = value !== '' && !countries.some((country) => country.code === value);
  return (
    <select {...selectProps} value={value} onChange={(event) => onChange(event.target.value)}>
      {value === '' && (
        <option value="" disabled>
          {t('country.choose')}
        </option>
      )}
      {unlisted && <option value={value}>{t('country.option', { name: countryName(value), code: value })}</option>}
      {countries.map(({ code, name }) => (
        <option key={code} value={code}>
          {t('country.option', { name, code })}
        </option>
      ))}
    </select>
  );
}
