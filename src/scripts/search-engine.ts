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
let ready: Promise<{ pagefind: Pagefind } & SearchData> | undefined;

function load(lang: Lang) {
  ready ??= (async () => {
    // Pagefind's bundle is written by the build; Vite must not try to resolve it.
    const bundle = '/pagefind/pagefind.js';
    const [pagefind, api] = await Promise.all([
      import(/* @vite-ignore */ bundle) as Promise<Pagefind>,
      fetch(searchDataUrl(lang)).then((r) => r.json() as Promise<SearchData>),
    ]);
    // On the page, not in Pagefind's worker: the worker script would add 12 KB to the first
    // query, and searching this index takes milliseconds (the CSP allows 'wasm-unsafe-eval').
    // pageLength 0: a code's own long page must outrank a short comparison that merely
    // mentions the word (by default BM25 favours short pages: "timeout" found 3008's
    // comparisons before 3008 itself).
    await pagefind.options({ excerptLength: 24, noWorker: true, ranking: { pageLength: 0 } });
    return { pagefind, ...api };
  })();
  return ready;
}

/** Starts loading without waiting, e.g. when the search box gets focus. */
export function warmUp(lang: Lang): void {
  void load(lang);
}

export async function search(rawQuery: string, lang: Lang, limit: number): Promise<SearchResult[]> {
  const query = normalizeQuery(rawQuery);
  if (!query) return [];
  const { pagefind, codes, ranges, compare, libraries } = await load(lang);
  const byCode = new Map(codes.map((c) => [c.code, c]));
  const direct: SearchResult[] = directTargets(query, new Set(byCode.keys()), codes, libraries).map((target) => {
    if (target.kind === 'code') {
      const c = byCode.get(target.code)!;
      return { url: c.url, title: c.title, excerpt: [{ text: c.summary, marked: false }] };
    }
    if (target.kind === 'library') {
      const library = libraries.find((l) => l.id === target.id)!;
      return { url: library.url, title: library.title, excerpt: [{ text: library.summary, marked: false }] };
    }
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
  const found = mergeScored(await Promise.all(fullTextQueries(query, lang).map(async (q) => (await pagefind.search(q)).results)));
  const fullText = await Promise.all(
    found.slice(0, limit).map(async (result) => {
      const data = await result.data();
      return { url: data.url, title: data.meta.title ?? data.url, excerpt: excerptParts(data.excerpt) };
    }),
  );
  return mergeResults(direct, fullText, limit);
}
