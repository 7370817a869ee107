import { perLang } from '../i18n/locales';
import { useTranslations } from '../i18n/translation';
import { buildAppsApi, buildCodesApi } from './api';
import type { Catalog } from './catalog';
import { RANGES } from './ranges';

type Api = ReturnType<typeof buildCodesApi> & ReturnType<typeof buildAppsApi>;
const built = new WeakMap<Catalog, Api>();

/** The data API's content, built once per catalog; /api/codes.json and the search data share it. */
export function codesApiFromCatalog(catalog: Catalog): Api {
  const cached = built.get(catalog);
  if (cached) return cached;
  const api: Api = {
    ...buildCodesApi(
    catalog.codes.map((code) => ({
      facts: catalog.facts(code),
      prose: perLang((lang) => catalog.prose(lang, code).data),
      namings: catalog.namings(code),
    })),
    RANGES.map((range) => ({
      id: range.id,
      titles: perLang((lang) => useTranslations(lang)(`range.${range.id}.title`)),
      summaries: perLang((lang) => catalog.range(lang, range.id).data.summary),
    })),
    ),
    ...buildAppsApi(catalog.apps, catalog.numbers, (lang, id) => catalog.appText(lang, id)),
  };
  built.set(catalog, api);
  return api;
}
