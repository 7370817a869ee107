import i18next, { type TFunction } from 'i18next';
import ar from '../../locales/ar.json';
import en from '../../locales/en.json';
import ru from '../../locales/ru.json';
import { DEFAULT_LANG, type Lang } from './locales';

/** UI strings per language; English is the reference for keys and types. */
export const UI_RESOURCES = { en, ar, ru } as const satisfies Record<Lang, unknown>;

/**
 * The site's single i18next instance. A missing key or a missing interpolation value
 * throws, so a gap in any language fails the build instead of showing a raw key.
 */
const instance = i18next.createInstance();
void instance.init({
  resources: Object.fromEntries(
    Object.entries(UI_RESOURCES).map(([lang, translation]) => [lang, { translation }]),
  ),
  lng: DEFAULT_LANG,
  fallbackLng: false,
  initAsync: false,
  returnNull: false,
  returnEmptyString: false,
  saveMissing: true,
  missingKeyHandler: (lngs, _ns, key) => {
    throw new Error(`Missing UI string "${key}" for language "${lngs.join(', ')}" in locales/`);
  },
  missingInterpolationHandler: (text, value) => {
    throw new Error(`Missing value for "${value[1]}" in UI string "${text}"`);
  },
  // Astro escapes text when rendering; escaping here would double-escape.
  interpolation: { escapeValue: false },
});

export type Translate = TFunction<'translation', undefined>;

export function useTranslations(lang: Lang): Translate {
  return instance.getFixedT(lang) as Translate;
}
