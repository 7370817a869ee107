import type { APIRoute } from 'astro';
import { LANGS, type Lang } from '../../../i18n/locales';
import { buildSearchData } from '../../../lib/api';
import { codesApiFromCatalog } from '../../../lib/api-data';
import { getCatalog } from '../../../lib/catalog';
import { useTranslations } from '../../../i18n/translation';

export function getStaticPaths() {
  return LANGS.map((lang) => ({ params: { lang } }));
}

const SLOTS = { a: '{a}', nameA: '{nameA}', b: '{b}', nameB: '{nameB}' };

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as Lang;
  const t = useTranslations(lang);
  const compare = { title: t('compare.heading', SLOTS), summary: t('compare.metaDescription', SLOTS) };
  return new Response(JSON.stringify(buildSearchData(lang, codesApiFromCatalog(await getCatalog()), compare)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
