// EN / DE for the clerk's screen. Each button names its language in that language ("Deutsch"), so a
// clerk who cannot read the current language still finds their own.
import { useTranslation } from 'react-i18next';
import { chooseLanguage, UI_LANGUAGES, type UiLanguage } from '../i18n/setup';

function nativeName(language: UiLanguage): string {
  return new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
}

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-switch" role="group" aria-label={t('header.language')}>
      {UI_LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-label={nativeName(language)}
          aria-pressed={i18n.resolvedLanguage === language}
          onClick={() => chooseLanguage(language)}
        >
          {language.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
