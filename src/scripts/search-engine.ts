/**
 * Runs a query in the browser: direct hits for close-code numbers first (from the data API),
 * then Pagefind's full-text results for the page's language. Loaded only when search is used.
 */
import { directTargets, excerptParts, mergeResults, normalizeQuery, type ExcerptPart } from '../lib/search-query';
import type { ApiCode, ApiRange } from '../lib/api';
import { API_CODES_URL } from '../lib/urls';

export interface SearchResult {
  url: string;
  title: string;
  excerpt: ExcerptPart[];
}

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string): Promise<{ results: PagefindResult[] }>;
}

let ready: Promise<{ pagefind: Pagefind; codes: ApiCode[]; ranges: ApiRange[] }> | undefined;

function load() {
  ready ??= (async () => {
    // Pagefind's bundle is written by the build; Vite must not try to resolve it.
    const bundle = '/pagefind/pagefind.js';
    const [pagefind, api] = await Promise.all([
      import(/* @vite-ignore */ bundle) as Promise<Pagefind>,
      fetch(API_CODES_URL).then((r) => r.json() as Promise<{ codes: ApiCode[]; ranges: ApiRange[] }>),
    ]);
    await pagefind.options({ excerptLength: 24 });
    return { pagefind, ...api };
  })();
  return ready;
}

/** Starts loading without waiting, e.g. when the search box gets focus. */
export function warmUp(): void {
  void load();
}

export async function search(rawQuery: string, lang: 'en' | 'ar' | 'ru', limit: number): Promise<SearchResult[]> {
  const query = normalizeQuery(rawQuery);
  if (!query) return [];
  const { pagefind, codes, ranges } = await load();
  const byCode = new Map(codes.map((c) => [c.code, c]));
  const named = codes.map((c) => ({ code: c.code, names: [c.names[lang], c.names.en, c.name] }));
  const direct: SearchResult[] = directTargets(query, new Set(byCode.keys()), named).map((target) => {
    if (target.kind === 'code') {
      const c = byCode.get(target.code)!;
      return { url: c.urls[lang], title: `${c.code} ${c.names[lang]}`, excerpt: [{ text: c.summaries[lang], marked: false }] };
    }
    const r = ranges.find((range) => range.id === target.range)!;
    return {
      url: r.urls[lang],
      title: `${target.number}: ${r.titles[lang]} ${r.min}–${r.max}`,
      excerpt: [{ text: r.summaries[lang], marked: false }],
    };
  });
  const found = await pagefind.search(query);
  const fullText = await Promise.all(
    found.results.slice(0, limit).map(async (result) => {
      const data = await result.data();
      return { url: data.url, title: data.meta.title ?? data.url, excerpt: excerptParts(data.excerpt) };
    }),
  );
  return mergeResults(direct, fullText, limit);
}
