import { LANGS } from '../i18n/locales';
import { parsePairSlug } from './pairs';
import { translatePath } from './urls';

/**
 * Which built pages belong in the sitemap: only canonical, indexable pages. Redirect pages
 * (root, short links, reversed pairs) and 404 pages are left out.
 */
export function isSitemapPage(url: string): boolean {
  const path = new URL(url).pathname;
  const segments = path.split('/').filter(Boolean);
  if (segments.length === 0) return false; // `/` redirects to a language
  const [lang, ...rest] = segments;
  if (!(LANGS as readonly string[]).includes(lang)) return false; // short links and the like
  if (rest[0] === '404' || rest[0] === 'search') return false;
  if (rest[0] === 'compare' && rest[1]) {
    const pair = parsePairSlug(rest[1]);
    return pair !== null && pair.first < pair.second;
  }
  return true;
}

/**
 * The language alternates of a sitemap entry, computed from its own URL. (The sitemap
 * integration's `i18n` option does the same by scanning every URL for each one, which grows
 * with the square of the page count.)
 */
export function sitemapAlternates(url: string): { lang: string; url: string }[] {
  const { origin, pathname } = new URL(url);
  return LANGS.flatMap((lang) => {
    const path = translatePath(pathname, lang, LANGS);
    return path ? [{ lang, url: origin + path }] : [];
  });
}
