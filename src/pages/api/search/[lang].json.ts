import type { APIRoute } from 'astro';
import { LANGS, type Lang } from '../../../i18n/locales';
import { buildSearchData } from '../../../lib/api';
import { codesApiFromCatalog } from '../../../lib/api-data';
import { getCatalog } from '../../../lib/catalog';

export function getStaticPaths() {
  return LANGS.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(buildSearchData(params.lang as Lang, codesApiFromCatalog(await getCatalog()))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
