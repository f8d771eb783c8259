// A language named in that language ("Deutsch", "English"): a clerk or customer who cannot read the
// current UI language still finds their own. Named once per language: an Intl.DisplayNames is slow to make.
const named = new Map<string, string>();

export function nativeLanguageName(language: string): string {
  let name = named.get(language);
  if (name === undefined) named.set(language, (name = nameOf(language)));
  return name;
}

function nameOf(language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
  } catch {
    return language; // an engine without the locale's data: the code still tells the languages apart
  }
}
