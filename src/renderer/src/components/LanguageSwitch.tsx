// EN / DE for the clerk's screen. Each button names its language in that language ("Deutsch"), so a
// clerk who cannot read the current language still finds their own.
import { useTranslation } from 'react-i18next';
import { nativeLanguageName } from '../i18n/languageNames';
import { chooseLanguage, UI_LANGUAGES } from '../i18n/setup';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-switch" role="group" aria-label={t('header.language')}>
      {UI_LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          // The visible code stays part of the name (WCAG 2.5.3, label in name): "DE – Deutsch".
          aria-label={`${language.toUpperCase()} – ${nativeLanguageName(language)}`}
          aria-pressed={i18n.resolvedLanguage === language}
          onClick={() => chooseLanguage(language)}
        >
          {language.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
