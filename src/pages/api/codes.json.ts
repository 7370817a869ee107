import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/catalog';
import { buildCodesApi } from '../../lib/api';
import { perLang } from '../../i18n/locales';

export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  const body = buildCodesApi(
    catalog.codes.map((code) => ({
      facts: catalog.facts(code),
      prose: perLang((lang) => catalog.prose(lang, code).data),
    })),
  );
  return new Response(JSON.stringify(body, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
