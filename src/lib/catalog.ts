import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../i18n/locales';
import type { CodeFacts, ReconnectAdvice } from '../schemas/code';
import { hasGuide, type Library } from '../schemas/library';
import type { App, AppText } from '../schemas/app';
import { createNumberIndex, type NumberIndex } from './numbers';
import { browserRows, indexNamings, sortLibraries, type BrowserRow, type CodeNaming } from './code-behaviour';

import type { RangeId } from './ranges';
import { pairSlug } from './pairs';

/**
 * All content, loaded and indexed once per build. Pages ask the catalog for what they need,
 * so no page rescans a collection (that would make the pair pages O(N) each).
 */
export interface Catalog {
  /** Every code with a page, ascending. */
  codes: readonly number[];
  facts(code: number): CodeFacts;
  prose(lang: Lang, code: number): CollectionEntry<'prose'>;
  library(id: string): Library;
  /** Libraries and browsers with a guide page: browsers first, then by name. */
  guided: readonly Library[];
  guide(lang: Lang, id: string): CollectionEntry<'guides'>;
  /** What each library and browser records for a code: browsers first, then by name. */
  namings(code: number): readonly CodeNaming[];
  /** The compared browsers' cards for a code, built once per code (pair pages ask for each code many times). */
  browserRows(code: number): readonly BrowserRow[];
  /** The hand-written comparison of a pair, if one exists (ascending order). */
  curated(lang: Lang, low: number, high: number): CollectionEntry<'comparisons'> | undefined;
  range(lang: Lang, range: RangeId): CollectionEntry<'ranges'>;
  /** Application systems that define their own codes, by name. */
  apps: readonly App[];
  app(id: string): App;
  appText(lang: Lang, id: string): AppText;
  /** What any number means: range, registered code, every system's meaning. */
  numbers: NumberIndex;
  /** Codes whose facts say to reconnect with backoff, ascending. */
  retryable: readonly number[];
  /** Codes whose registration asks for a randomized 5–30 s delay before reconnecting (1012). */
  restartDelay: readonly number[];
}

let catalog: Promise<Catalog> | undefined;

export function getCatalog(): Promise<Catalog> {
  catalog ??= loadCatalog();
  return catalog;
}

async function loadCatalog(): Promise<Catalog> {
  const [codeEntries, proseEntries, libraryEntries, comparisonEntries, rangeEntries, guideEntries, appEntries, appTextEntries] = await Promise.all([
    getCollection('codes'),
    getCollection('prose'),
    getCollection('libraries'),
    getCollection('comparisons'),
    getCollection('ranges'),
    getCollection('guides'),
    getCollection('apps'),
    getCollection('appTexts'),
  ]);
  const apps = new Map(appEntries.map((e) => [e.data.id, e.data]));
  const appTexts = new Map(appTextEntries.map((e) => [e.id, e.data]));
  const guides = new Map(guideEntries.map((e) => [e.id, e]));
  const curated = new Map(comparisonEntries.map((e) => [e.id, e]));
  const ranges = new Map(rangeEntries.map((e) => [e.id, e]));
  const facts = new Map(codeEntries.map((e) => [e.data.code, e.data]));
  const prose = new Map(proseEntries.map((e) => [e.id, e]));
  const libraries = new Map(libraryEntries.map((e) => [e.data.id, e.data]));
  const namings = indexNamings([...libraries.values()]);
  const rows = new Map<number, readonly BrowserRow[]>();
  const get = <K, V>(map: Map<K, V>, key: K, what: string): V => {
    const value = map.get(key);
    if (value === undefined) throw new Error(`No ${what} for ${String(key)}`);
    return value;
  };
  const codesAdvising = (advice: ReconnectAdvice) =>
    [...facts.values()].filter((f) => f.reconnect === advice).map((f) => f.code).sort((a, b) => a - b);
  return {
    codes: [...facts.keys()].sort((a, b) => a - b),
    facts: (code) => get(facts, code, 'facts'),
    prose: (lang, code) => get(prose, `${lang}/${code}`, 'prose'),
    library: (id) => get(libraries, id, 'library'),
    namings: (code) => namings.get(code) ?? [],
    browserRows: (code) => {
      let built = rows.get(code);
      if (!built) rows.set(code, (built = browserRows(namings.get(code) ?? [], (id) => get(libraries, id, 'library').name)));
      return built;
    },
    guided: sortLibraries([...libraries.values()].filter(hasGuide)),
    guide: (lang, id) => get(guides, `${lang}/${id}`, 'guide'),
    curated: (lang, low, high) => curated.get(`${lang}/${pairSlug(low, high)}`),
    range: (lang, range) => get(ranges, `${lang}/${range}`, 'range prose'),
    apps: [...apps.values()].sort((a, b) => a.name.localeCompare(b.name, 'en')),
    app: (id) => get(apps, id, 'system'),
    appText: (lang, id) => get(appTexts, `${lang}/${id}`, 'system text'),
    numbers: createNumberIndex([...facts.keys()], [...apps.values()]),
    retryable: codesAdvising('backoff'),
    restartDelay: codesAdvising('restart-delay'),
  };
}
