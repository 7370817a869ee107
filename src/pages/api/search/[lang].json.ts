import type { APIRoute } from 'astro';
import { LANGS, type Lang } from '../../../i18n/locales';
import { buildSearchData, type ApiSystem } from '../../../lib/api';
import { boundsText } from '../../../lib/ranges';
import { codesApiFromCatalog } from '../../../lib/api-data';
import { getCatalog } from '../../../lib/catalog';
import { useTranslations } from '../../../i18n/translation';
import { searchStringsObject } from '../../../i18n/search-strings';
import { urlFor } from '../../../lib/urls';

export function getStaticPaths() {
  return LANGS.map((lang) => ({ params: { lang } }));
}

const SLOTS = { a: '{a}', nameA: '{nameA}', b: '{b}', nameB: '{nameB}' };

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as Lang;
  const t = useTranslations(lang);
  const compare = { title: t('compare.heading', SLOTS), summary: t('compare.metaDescription', SLOTS) };
  const catalog = await getCatalog();
  const libraries = catalog.guided.map((library) => ({
    id: library.id,
    names: [...new Set([library.name, library.id.replace(/-/g, ' '), ...library.aliases])],
    title: t('guide.title', { name: library.name }),
    summary: catalog.guide(lang, library.id).data.summary,
    url: urlFor({ kind: 'library', id: library.id }, lang),
  }));
  const text = {
    compare,
    appTitle: (code: number, count: number, name: string) => (count === 1 ? `${code} ${name}` : `${code} ${t('appNumber.headingMany', { count })}`),
    appSystem: (name: string) => t('apps.title', { name }),
    strings: searchStringsObject(t, lang),
    appSummary: (system: ApiSystem) => `${t(`apps.kind.${system.kind}`)} · ${system.ranges.map((r) => boundsText(r.min, r.max)).join(', ')}`,
  };
  return new Response(JSON.stringify(buildSearchData(lang, codesApiFromCatalog(catalog), text, libraries)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
