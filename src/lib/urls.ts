import type { Lang } from '../i18n/locales';
import { canonicalPair, pairSlug } from './pairs';
import { rangeById, type RangeId } from './ranges';

/**
 * What a page is, independent of language. Every URL on the site is built here from a
 * route, so the language switcher, hreflang links, sitemap and API all agree.
 * These URLs are a public contract: error messages link to them. Do not change them.
 */
export type Route =
  | { kind: 'home' }
  | { kind: 'code'; code: number }
  | { kind: 'compare'; a: number; b: number }
  | { kind: 'range'; range: RangeId }
  | { kind: 'libraries' }
  | { kind: 'library'; id: string }
  | { kind: 'apps' }
  | { kind: 'app'; id: string }
  | { kind: 'search' }
  | { kind: 'notFound' };

export function urlFor(route: Route, lang: Lang): string {
  switch (route.kind) {
    case 'home':
      return `/${lang}/`;
    case 'code':
      return `/${lang}/${route.code}/`;
    case 'compare': {
      const { low, high } = canonicalPair(route.a, route.b);
      return `/${lang}/compare/${pairSlug(low, high)}/`;
    }
    case 'range':
      return `/${lang}/ranges/${rangeSlug(route.range)}/`;
    case 'libraries':
      return `/${lang}/libraries/`;
    case 'library':
      return `/${lang}/libraries/${route.id}/`;
    case 'apps':
      return `/${lang}/apps/`;
    case 'app':
      return `/${lang}/apps/${route.id}/`;
    case 'search':
      return `/${lang}/search/`;
    case 'notFound':
      return `/${lang}/404/`;
  }
}

/** Language-neutral short link for error messages: `/1006/`. */
export function shortCodeUrl(code: number): string {
  return `/${code}/`;
}

export const API_CODES_URL = '/api/codes.json';

/** What site search needs to put a named or numbered code first: small, one file per language. */
export function searchDataUrl(lang: Lang): string {
  return `/api/search/${lang}.json`;
}
export const SITEMAP_URL = '/sitemap-index.xml';

/**
 * The same page in another language. Every page of the site lives under `/{lang}/`, so
 * swapping that first segment is exact; pages outside a language folder have no alternates.
 */
export function translatePath(path: string, lang: Lang, langs: readonly Lang[]): string | null {
  const match = /^\/([^/]+)(\/.*)$/.exec(path);
  if (!match || !(langs as readonly string[]).includes(match[1]!)) return null;
  return `/${lang}${match[2]}`;
}

export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}

/** A range's URL segment is its bounds, e.g. `4000-4999`, so the address says what it holds. */
export function rangeSlug(range: RangeId): string {
  const { min, max } = rangeById(range);
  return `${min}-${max}`;
}
