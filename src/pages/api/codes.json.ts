import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/catalog';
import { buildCodesApi } from '../../lib/api';
import { perLang } from '../../i18n/locales';
import { useTranslations } from '../../i18n/translation';
import { RANGES } from '../../lib/ranges';

export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  const body = buildCodesApi(
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
  return new Response(JSON.stringify(body, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
