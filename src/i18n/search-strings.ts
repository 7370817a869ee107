import type { SearchStrings } from '../scripts/search-render';
import type { Lang } from './locales';
import type { Translate } from './translation';

const cache = new Map<Lang, string>();

/** The UI strings the search scripts need, resolved once per language and build. */
export function searchStringsObject(t: Translate, lang: Lang): SearchStrings {
  const say = t as unknown as (key: string, params?: Record<string, unknown>) => string;
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  const strings: SearchStrings = {
    noResults: t('search.noResults'),
    searching: t('search.searching'),
    failed: t('search.failed'),
    // Each plural form with a `{count}` slot the script fills in.
    count: Object.fromEntries(categories.map((c) => [c, say(`search.resultCount_${c}`, { count: '{count}' })])),
  };
  return strings;
}

/** The same, as JSON for a `data-strings` attribute (the search page). */
export function searchStrings(t: Translate, lang: Lang): string {
  const cached = cache.get(lang);
  if (cached !== undefined) return cached;
  const json = JSON.stringify(searchStringsObject(t, lang));
  cache.set(lang, json);
  return json;
}
