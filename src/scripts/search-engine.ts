/**
 * Runs a query in the browser: direct hits for close-code numbers first (from the data API),
 * then Pagefind's full-text results for the page's language. Loaded only when search is used.
 */
import { directTargets, excerptParts, fillSlots, fullTextQueries, mergeResults, mergeScored, normalizeQuery, type ExcerptPart } from '../lib/search-query';
import type { SearchData } from '../lib/api';
import { canonicalPair } from '../lib/pairs';
import { searchDataUrl, urlFor } from '../lib/urls';

export interface SearchResult {
  url: string;
  title: string;
  excerpt: ExcerptPart[];
}

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string): Promise<{ results: PagefindResult[] }>;
}

type Lang = 'en' | 'ar' | 'ru';
let data: Promise<SearchData> | undefined;
let index: Promise<Pagefind> | undefined;

/** The site's own small search data: enough to answer a number or a known name on its own. */
function loadData(lang: Lang) {
  data ??= fetch(searchDataUrl(lang)).then((r) => r.json() as Promise<SearchData>);
  return data;
}

function loadIndex() {
  index ??= (async () => {
    // Pagefind's bundle is written by the build; Vite must not try to resolve it.
    const bundle = '/pagefind/pagefind.js';
    const pagefind = (await import(/* @vite-ignore */ bundle)) as Pagefind;
    // On the page, not in Pagefind's worker: the worker script would add 12 KB to the first
    // query, and searching this index takes milliseconds (the CSP allows 'wasm-unsafe-eval').
    // pageLength 0: a code's own long page must outrank a short comparison that merely
    // mentions the word (by default BM25 favours short pages: "timeout" found 3008's
    // comparisons before 3008 itself).
    await pagefind.options({ excerptLength: 24, noWorker: true, ranking: { pageLength: 0 } });
    return pagefind;
  })();
  return index;
}

/** The search box's UI strings, which arrive with the site's search data. */
export async function searchStrings(lang: Lang): Promise<SearchData['strings']> {
  return (await loadData(lang)).strings;
}

/** Starts loading without waiting, e.g. when the search box gets focus. */
export function warmUp(lang: Lang): void {
  void loadData(lang);
  void loadIndex();
}

/** Pages the query names directly (a number, a constant, a quoted message, a system), from the site's data alone. */
function directResults(query: string, lang: Lang, { codes, ranges, compare, libraries, apps }: SearchData): SearchResult[] {
  const byCode = new Map(codes.map((c) => [c.code, c]));
  const named = (list: SearchData['libraries'], id: string) => {
    const page = list.find((l) => l.id === id)!;
    return { url: page.url, title: page.title, excerpt: [{ text: page.summary, marked: false }] };
  };
  return directTargets(query, new Set(byCode.keys()), codes, libraries, apps).map((target) => {
    if (target.kind === 'code') {
      const c = byCode.get(target.code)!;
      return { url: c.url, title: c.title, excerpt: [{ text: c.summary, marked: false }] };
    }
    if (target.kind === 'library') return named(libraries, target.id);
    if (target.kind === 'app') return named(apps, target.id);
    if (target.kind === 'compare') {
      // Titled in the canonical order, as the comparison page itself is.
      const { low, high } = canonicalPair(target.a, target.b);
      const slots = { a: low, nameA: byCode.get(low)!.names[0]!, b: high, nameB: byCode.get(high)!.names[0]! };
      const url = urlFor(target, lang);
      return { url, title: fillSlots(compare.title, slots), excerpt: [{ text: fillSlots(compare.summary, slots), marked: false }] };
    }
    const r = ranges.find((range) => range.id === target.range)!;
    return { url: r.url, title: `${target.number}: ${r.title} ${r.min}–${r.max}`, excerpt: [{ text: r.summary, marked: false }] };
  });
}

/**
 * Runs a query: `onDirect` gets the pages the query names as soon as the site's small data
 * has arrived, before Pagefind's index; the promise resolves with those and the full-text
 * results merged.
 */
export async function search(
  rawQuery: string,
  lang: Lang,
  limit: number,
  onDirect?: (direct: SearchResult[]) => void,
): Promise<SearchResult[]> {
  const query = normalizeQuery(rawQuery);
  if (!query) return [];
  const pagefind = loadIndex();
  const direct = directResults(query, lang, await loadData(lang));
  if (direct.length && onDirect) onDirect(direct.slice(0, limit));
  const found = mergeScored(await Promise.all(fullTextQueries(query, lang).map(async (q) => (await (await pagefind).search(q)).results)));
  const fullText = await Promise.all(
    found.slice(0, limit).map(async (result) => {
      const data = await result.data();
      return { url: data.url, title: data.meta.title ?? data.url, excerpt: excerptParts(data.excerpt) };
    }),
  );
  return mergeResults(direct, fullText, limit);
}
