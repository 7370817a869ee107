/** The one table of languages the site is published in. Nothing else lists locales. */
export const LOCALES = [
  { code: 'en', label: 'English', dir: 'ltr' },
  { code: 'ar', label: 'العربية', dir: 'rtl' },
  { code: 'ru', label: 'Русский', dir: 'ltr' },
] as const satisfies readonly { code: string; label: string; dir: 'ltr' | 'rtl' }[];

export type Locale = (typeof LOCALES)[number];
export type Lang = Locale['code'];
export type Direction = Locale['dir'];

export const DEFAULT_LANG: Lang = 'en';
export const LANGS: readonly Lang[] = LOCALES.map((l) => l.code);

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

export function localeOf(lang: Lang): Locale {
  const locale = LOCALES.find((l) => l.code === lang);
  if (!locale) throw new Error(`Unknown language "${lang}"`);
  return locale;
}

/**
 * Picks the site language for a visitor from their browser's ordered preferences
 * (`navigator.languages`), matching on the primary subtag: `ar-EG` → `ar`.
 */
export function preferredLang(browserLanguages: readonly string[]): Lang {
  for (const tag of browserLanguages) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (isLang(primary)) return primary;
  }
  return DEFAULT_LANG;
}

/** Builds a value for every language, e.g. the URL of one page in each. */
export function perLang<T>(pick: (lang: Lang) => T): Record<Lang, T> {
  return Object.fromEntries(LANGS.map((lang) => [lang, pick(lang)])) as Record<Lang, T>;
}
