import { expect, test } from '@playwright/test';
import { groupedReport, htmlPages, resolveInDist, siteOrigin, tokenize, urlAttributes, type Page } from './lib/dist';

/**
 * Gate 2: every URL in every built HTML page (href, src, srcset, action, meta refresh)
 * that points inside the site resolves to a file in dist/, for every page, linked or not.
 * External URLs are not fetched, but must be https. Fragments must name an element on the
 * target page.
 */

const ORIGIN = siteOrigin();
const SITE_HOST = new URL(ORIGIN).host;
/** Schemes that are not fetched from a server and need no file. */
const OTHER_SCHEMES = new Set(['mailto:', 'tel:', 'data:']);

function idsOf(page: Page): Set<string> {
  const ids = new Set<string>();
  for (const tag of page.tags) {
    if (tag.attrs.id) ids.add(tag.attrs.id);
    if (tag.name === 'a' && tag.attrs.name) ids.add(tag.attrs.name);
  }
  return ids;
}

type Finding = { kind: string; where: string };

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Checks one URL found on a page; returns problems as findings. */
function checkUrl(
  page: Page,
  tagSource: string,
  attr: string,
  raw: string,
  pagesByFile: Map<string, Page>,
  idCache: Map<string, Set<string>>,
): Finding[] {
  const where = `${page.path} ${tagSource}`;
  const value = raw.trim();
  if (value === '') return [{ kind: `empty ${attr}`, where }];
  if (value.startsWith('#')) {
    // Same-document fragment: `#` alone means the top of the page.
    const id = safeDecode(value.slice(1));
    if (id && !idsOf(page).has(id)) return [{ kind: `fragment names no element on this page (${attr})`, where: `${where} → ${value}` }];
    return [];
  }
  let url: URL;
  try {
    url = new URL(value, `${ORIGIN}${page.path}`);
  } catch {
    return [{ kind: `unparsable URL in ${attr}`, where }];
  }
  if (url.protocol === 'javascript:') return [{ kind: `javascript: URL in ${attr}`, where }];
  if (OTHER_SCHEMES.has(url.protocol)) return [];
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return [{ kind: `unexpected scheme ${url.protocol} in ${attr}`, where }];

  const internal = url.host === SITE_HOST;
  if (!internal) {
    // Protocol-relative `//host/x` is http on an http page: require https spelled out.
    if (url.protocol !== 'https:' || value.startsWith('//')) return [{ kind: `external URL is not explicit https (${attr})`, where: `${where} → ${value}` }];
    return [];
  }
  if (/^https?:/i.test(value) && url.protocol !== new URL(ORIGIN).protocol) {
    return [{ kind: `site URL with the wrong scheme (${attr})`, where: `${where} → ${value}` }];
  }

  const resolved = resolveInDist(url.pathname);
  if ('error' in resolved) return [{ kind: `broken internal ${attr}: ${resolved.error}`, where: `${where} → ${url.pathname}` }];

  // A fragment must exist on the target HTML page (`#` alone means the top).
  const fragment = url.hash.slice(1);
  if (fragment && resolved.file.endsWith('.html')) {
    let ids = idCache.get(resolved.file);
    if (!ids) {
      const target = pagesByFile.get(resolved.file);
      ids = target ? idsOf(target) : new Set<string>();
      idCache.set(resolved.file, ids);
    }
    const id = safeDecode(fragment);
    if (!ids.has(id)) return [{ kind: `fragment names no element on the target page (${attr})`, where: `${where} → ${url.pathname}#${id}` }];
  }
  return [];
}

test.describe('links', () => {
  test('every internal href/src/srcset/action on every page resolves to a file in dist/; external ones are https', () => {
    const pages = htmlPages();
    expect(pages.length).toBeGreaterThan(1000);
    const pagesByFile = new Map(pages.map((p) => [p.file, p]));
    const idCache = new Map<string, Set<string>>();
    const findings: Finding[] = [];
    let checked = 0;
    for (const page of pages) {
      for (const tag of page.tags) {
        for (const { attr, value } of urlAttributes(tag)) {
          checked++;
          findings.push(...checkUrl(page, tag.source, attr, value, pagesByFile, idCache));
        }
      }
    }
    expect(checked).toBeGreaterThan(pages.length * 5);
    expect(findings.length, groupedReport('link problems', findings)).toBe(0);
  });

  test('the checker itself catches broken, slash-less, http and fragment links (fixture)', () => {
    const html =
      '<!doctype html><html><head></head><body id="top">' +
      '<a href="/en/1006/">ok</a><a href="/en/no-such-page/">broken</a><a href="/en/1006">no slash</a>' +
      '<a href="http://example.org/">http</a><a href="https://example.org/">https</a>' +
      '<img src="/missing.png" srcset="/favicon.svg 1x, /missing@2x.png 2x" alt="">' +
      '<a href="#top">top</a><a href="#nowhere">bad fragment</a><a href="javascript:void(0)">js</a>' +
      `<link rel="canonical" href="${ORIGIN}/en/1006/"></body></html>`;
    const page: Page = { file: 'fixture/index.html', path: '/fixture/', html, tags: tokenize(html) };
    const map = new Map([[page.file, page]]);
    const found = page.tags.flatMap((tag) => urlAttributes(tag).flatMap(({ attr, value }) => checkUrl(page, tag.source, attr, value, map, new Map())));
    expect(found.map((f) => f.kind)).toEqual([
      'broken internal href: no such page (no index.html)',
      'broken internal href: directory link without its trailing slash (works only through a redirect)',
      'external URL is not explicit https (href)',
      'broken internal src: no such file',
      'broken internal srcset: no such file',
      'fragment names no element on this page (href)',
      'javascript: URL in href',
    ]);
  });
});
