// A language named in that language ("Deutsch", "English"): a clerk or customer who cannot read the
// current UI language still finds their own.
export function nativeLanguageName(language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
  } catch {
    return language; // an engine without the locale's data: the code still tells the languages apart
  }
}
