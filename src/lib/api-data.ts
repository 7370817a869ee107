import { perLang } from '../i18n/locales';
import { useTranslations } from '../i18n/translation';
import { buildCodesApi } from './api';
import type { Catalog } from './catalog';
import { RANGES } from './ranges';

/** The data API's content from the catalog; shared by /api/codes.json and the search data. */
export function codesApiFromCatalog(catalog: Catalog) {
  return buildCodesApi(
    catalog.codes.map((code) => ({
      facts: catalog.facts(code),
      prose: perLang((lang) => catalog.prose(lang, code).data),
    })),
    RANGES.map((range) => ({
      id: range.id,
      titles: perLang((lang) => useTranslations(lang)(`range.${range.id}.title`)),
      summaries: perLang((lang) => catalog.range(lang, range.id).data.summary),
    })),
  );
}
