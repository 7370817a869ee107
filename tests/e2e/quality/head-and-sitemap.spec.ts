import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DIST, decodeEntities, groupedReport, htmlPages, resolveInDist, siteOrigin, type Page } from './lib/dist';

/**
 * Gate 3: canonical and hreflang links in every page's head, the sitemap and robots.txt.
 * An indexable page is one with <link rel="canonical"> and no robots noindex.
 */

const ORIGIN = siteOrigin();
const LANGS = ['en', 'ar', 'ru'];
const HREFLANGS = [...LANGS, 'x-default'].sort();

interface Head {
  page: Page;
  lang: string;
  canonicals: string[];
  noindex: boolean;
  /** hreflang → href, in source order (duplicates kept to be reported). */
  alternates: [string, string][];
}

function headOf(page: Page): Head {
  const headEnd = page.tags.findIndex((t) => t.name === 'body');
  const head = headEnd < 0 ? page.tags : page.tags.slice(0, headEnd);
  const rels = (t: { attrs: Record<string, string> }) => (t.attrs.rel ?? '').toLowerCase().split(/\s+/);
  return {
    page,
    lang: page.tags.find((t) => t.name === 'html')?.attrs.lang ?? '',
    canonicals: head.filter((t) => t.name === 'link' && rels(t).includes('canonical')).map((t) => t.attrs.href ?? ''),
    noindex: page.tags.some(
      (t) => t.name === 'meta' && /^(robots|googlebot)$/i.test(t.attrs.name ?? '') && /\bnoindex\b|\bnone\b/i.test(t.attrs.content ?? ''),
    ),
    alternates: head
      .filter((t) => t.name === 'link' && rels(t).includes('alternate') && 'hreflang' in t.attrs)
      .map((t) => [t.attrs.hreflang, t.attrs.href ?? '']),
  };
}

/** The dist/ file an absolute site URL lands on, or null if it is off-site or missing. */
function fileOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.origin !== ORIGIN || parsed.search || parsed.hash) return null;
  const r = resolveInDist(parsed.pathname);
  return 'file' in r ? r.file : null;
}

const heads = htmlPages().map(headOf);
const byFile = new Map(heads.map((h) => [h.page.file, h]));
const isIndexable = (h: Head) => h.canonicals.length > 0 && !h.noindex;
const indexable = heads.filter(isIndexable);
const selfUrl = (h: Head) => `${ORIGIN}${h.page.path}`;
const altKey = (alts: [string, string][]) => JSON.stringify([...alts].sort((a, b) => a[0].localeCompare(b[0])));

test.describe('head links', () => {
  test('there are indexable pages in every language', () => {
    for (const lang of LANGS) expect(indexable.filter((h) => h.lang === lang).length, lang).toBeGreaterThan(190);
    // the site origin from the sitemap matches the canonical of /en/
    expect(byFile.get('en/index.html')?.canonicals).toEqual([`${ORIGIN}/en/`]);
  });

  test('every page is either indexable or noindex, never neither; at most one canonical', () => {
    const findings: { kind: string; where: string }[] = [];
    for (const h of heads) {
      if (h.canonicals.length > 1) findings.push({ kind: 'more than one canonical', where: h.page.path });
      if (h.canonicals.length === 0 && !h.noindex) findings.push({ kind: 'neither a canonical link nor robots noindex', where: h.page.path });
      // A noindex page (a redirect) may name the page it forwards to as canonical: then that
      // target must be an indexable page.
      if (h.noindex && h.canonicals.length === 1) {
        const target = fileOf(h.canonicals[0]);
        const targetHead = target ? byFile.get(target) : undefined;
        if (!targetHead || !isIndexable(targetHead)) findings.push({ kind: 'noindex page names a canonical that is not an indexable page', where: `${h.page.path} → ${h.canonicals[0]}` });
      }
      if (h.noindex && h.alternates.some(([, href]) => href === selfUrl(h))) findings.push({ kind: 'noindex page lists itself as an hreflang alternate', where: h.page.path });
    }
    expect(findings.length, groupedReport('robots/canonical problems', findings)).toBe(0);
  });

  test('every indexable page: canonical is itself; hreflang en, ar, ru, x-default; reciprocal', () => {
    const findings: { kind: string; where: string }[] = [];
    for (const h of indexable) {
      const where = h.page.path;
      if (h.canonicals[0] !== selfUrl(h)) findings.push({ kind: 'canonical is not the page itself', where: `${where} → ${h.canonicals[0]}` });
      const langs = h.alternates.map(([l]) => l);
      if (JSON.stringify([...langs].sort()) !== JSON.stringify(HREFLANGS)) {
        findings.push({ kind: `hreflang set is not exactly ${HREFLANGS.join(', ')}`, where: `${where}: ${langs.join(', ')}` });
        continue;
      }
      const alts = new Map(h.alternates);
      if (alts.get(h.lang) !== selfUrl(h)) findings.push({ kind: 'the hreflang of the page’s own <html lang> is not the page itself', where: `${where} (lang=${h.lang}) → ${alts.get(h.lang)}` });
      if (![...LANGS].map((l) => alts.get(l)).includes(alts.get('x-default'))) findings.push({ kind: 'x-default is none of the language pages', where: `${where} → ${alts.get('x-default')}` });
      for (const [hreflang, href] of h.alternates) {
        const file = fileOf(href);
        const other = file ? byFile.get(file) : undefined;
        if (!other) {
          findings.push({ kind: 'hreflang alternate does not resolve to a built page', where: `${where} ${hreflang} → ${href}` });
          continue;
        }
        if (!isIndexable(other)) findings.push({ kind: 'hreflang alternate is not an indexable page', where: `${where} ${hreflang} → ${href}` });
        if (hreflang !== 'x-default' && other.lang !== hreflang) findings.push({ kind: 'hreflang does not match the target’s <html lang>', where: `${where} ${hreflang} → ${href} (lang=${other.lang})` });
        if (altKey(other.alternates) !== altKey(h.alternates)) findings.push({ kind: 'hreflang set is not reciprocal (the alternate lists a different set)', where: `${where} ↔ ${other.page.path}` });
      }
    }
    expect(findings.length, groupedReport('canonical/hreflang problems', findings)).toBe(0);
  });
});

interface SitemapUrl {
  loc: string;
  alternates: [string, string][];
  sitemap: string;
}

function readSitemaps(): { sitemaps: string[]; urls: SitemapUrl[] } {
  const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
  const sitemaps = [...index.matchAll(/<sitemap>\s*<loc>([^<]+)<\/loc>/g)].map((m) => decodeEntities(m[1].trim()));
  const urls: SitemapUrl[] = [];
  for (const sitemap of sitemaps) {
    const file = fileOf(sitemap);
    if (!file) throw new Error(`sitemap-index.xml lists ${sitemap}, which is not a file in dist/`);
    const xml = readFileSync(join(DIST, file), 'utf8');
    for (const m of xml.matchAll(/<url>([\s\S]*?)<\/url>/g)) {
      const body = m[1];
      const loc = decodeEntities(/<loc>([^<]+)<\/loc>/.exec(body)?.[1].trim() ?? '');
      const alternates = [...body.matchAll(/<xhtml:link\b([^>]*)\/?>/g)].map((l) => {
        const attr = (name: string) => decodeEntities(new RegExp(`\\b${name}="([^"]*)"`).exec(l[1])?.[1] ?? '');
        return [attr('hreflang'), attr('href')] as [string, string];
      });
      urls.push({ loc, alternates, sitemap: file });
    }
  }
  return { sitemaps, urls };
}

test.describe('sitemap and robots.txt', () => {
  const { sitemaps, urls } = readSitemaps();

  test('robots.txt points to the sitemap index, which lists sitemaps that exist', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    const lines = robots.split(/\r?\n/).filter((l) => /^sitemap:/i.test(l)).map((l) => l.replace(/^sitemap:\s*/i, '').trim());
    expect(lines).toEqual([`${ORIGIN}/sitemap-index.xml`]);
    expect(robots).not.toMatch(/^disallow:\s*\/\s*$/im);
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const s of sitemaps) expect(fileOf(s), s).not.toBeNull();
  });

  test('the sitemap lists every indexable page exactly once, and nothing else', () => {
    const findings: { kind: string; where: string }[] = [];
    const count = new Map<string, number>();
    for (const u of urls) count.set(u.loc, (count.get(u.loc) ?? 0) + 1);
    for (const [loc, n] of count) if (n > 1) findings.push({ kind: 'listed more than once', where: `${loc} (${n}×)` });
    for (const h of indexable) if (!count.has(selfUrl(h))) findings.push({ kind: 'indexable page missing from the sitemap', where: h.page.path });
    for (const u of urls) {
      const file = fileOf(u.loc);
      const h = file ? byFile.get(file) : undefined;
      if (!h) findings.push({ kind: 'sitemap URL is not a built HTML page', where: u.loc });
      else if (h.noindex) findings.push({ kind: 'sitemap lists a noindex page', where: u.loc });
      else if (!isIndexable(h)) findings.push({ kind: 'sitemap lists a page without a canonical link', where: u.loc });
      else if (h.canonicals[0] !== u.loc) findings.push({ kind: 'sitemap URL is not the page’s canonical', where: `${u.loc} → ${h.canonicals[0]}` });
    }
    expect(findings.length, groupedReport('sitemap problems', findings)).toBe(0);
    expect(urls.length).toBe(indexable.length);
  });

  test('every sitemap URL carries xhtml:link alternates matching the page’s hreflang links', () => {
    const findings: { kind: string; where: string }[] = [];
    for (const u of urls) {
      const file = fileOf(u.loc);
      const h = file ? byFile.get(file) : undefined;
      if (!h || !isIndexable(h)) continue; // reported by the test above
      const langs = u.alternates.map(([l]) => l);
      if (new Set(langs).size !== langs.length) findings.push({ kind: 'duplicate hreflang in the sitemap', where: `${u.loc}: ${langs.join(', ')}` });
      for (const lang of LANGS) if (!langs.includes(lang)) findings.push({ kind: `sitemap entry has no ${lang} alternate`, where: u.loc });
      const pageAlts = new Map(h.alternates);
      for (const [hreflang, href] of u.alternates) {
        if (pageAlts.get(hreflang) !== href) findings.push({ kind: 'sitemap alternate differs from the page’s hreflang link', where: `${u.loc} ${hreflang}: sitemap ${href}, page ${pageAlts.get(hreflang)}` });
      }
    }
    expect(findings.length, groupedReport('sitemap alternate problems', findings)).toBe(0);
  });
});
