/**
 * Query handling for site search, kept pure so it is unit-tested: cleaning what visitors
 * type or paste, finding close-code numbers in it, and putting the pages of those codes
 * first, ahead of full-text results.
 */
import type { Lang } from '../i18n/locales';
import { RANGES, rangeOf, type RangeId } from './ranges';

/** Longer input is cut: a pasted stack trace is still searched by its beginning. */
export const MAX_QUERY_LENGTH = 300;

// Bidi controls and zero-width characters that pasted text often carries.
const INVISIBLES = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;
const ARABIC_INDIC = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** Arabic-Indic (١٠٠٦) and Persian (۱۰۰۶) digits to ASCII (1006). */
export function toAsciiDigits(text: string): string {
  return text.replace(ARABIC_INDIC, (d) => String((d.charCodeAt(0) & 0xf) % 10));
}

export function normalizeQuery(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  return toAsciiDigits(raw.replace(INVISIBLES, ''))
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY_LENGTH)
    .trim();
}

export type DirectTarget =
  | { kind: 'code'; code: number }
  | { kind: 'library'; id: string }
  | { kind: 'app'; id: string }
  | { kind: 'compare'; a: number; b: number }
  | { kind: 'range'; range: RangeId; number: number };

/**
 * Close-code numbers in a query, in order of appearance. Inside longer text only 1000–4999
 * count (other numbers there are HTTP statuses, byte counts, ports); a query that is just a
 * number counts whatever its value, so `5000` or `42` still lead to their range.
 */
export function findCodeNumbers(query: string): number[] {
  const q = normalizeQuery(query);
  if (/^\d{1,5}$/.test(q)) {
    const n = Number(q);
    return n <= RANGES.at(-1)!.max ? [n] : [];
  }
  const found: number[] = [];
  for (const match of q.matchAll(/(?<![\d.])\d{4}(?![\d.]*\d)/g)) {
    const n = Number(match[0]);
    if (n >= 1000 && n <= 4999 && !found.includes(n)) found.push(n);
  }
  return found;
}

/**
 * Folds text for name matching: case, Latin and Arabic diacritics, tatweel, Arabic letter
 * variants (أ إ آ → ا, ى → ي, ة → ه), ё → е, punctuation. `إعادة` and `اعاده` fold alike.
 */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Whether `phrase` occurs in `text` as a run of whole words, after folding both. */
export function containsPhrase(text: string, phrase: string): boolean {
  const words = foldText(phrase);
  if (words.length < 4) return false; // too short to be a name rather than a fragment
  return ` ${foldText(text)} `.includes(` ${words} `);
}

/** Two words alike but for an inflected ending (`рукопожатие`, `рукопожатия`; `timeout`, `timeouts`). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 5) return false;
  let common = 0;
  while (common < a.length && a[common] === b[common]) common++;
  return common >= Math.max(a.length, b.length) - 3;
}

/**
 * Whether every word of a query of two words or more stands in `name`, in any order and
 * inflection: `рукопожатие TLS` names `Сбой TLS-рукопожатия`.
 */
export function namesWords(query: string, name: string): boolean {
  const words = foldText(query).split(' ').filter(Boolean);
  if (words.length < 2 || words.some((w) => w.length < 3)) return false;
  const nameWords = foldText(name).split(' ');
  return words.every((w) => nameWords.some((n) => sameWord(w, n)));
}

export interface NamedCode {
  code: number;
  /** Names to recognise: in the page's language, in English, the IANA name. */
  names: readonly string[];
  /** Exact texts that libraries and browsers print with this code, and their constants. */
  strings?: readonly string[];
  /** Names and texts of meanings that ended (a system renumbered them): matched after `strings`. */
  older?: readonly string[];
  /** A number only applications define: it has a page but no comparisons. */
  app?: boolean;
}

/** Fewer words than this are a fragment any text may contain, not a quote. */
export const MIN_QUOTED_WORDS = 3;

/**
 * Codes whose exact strings the query quotes: the query is a run of whole words from one of
 * them (three words or more), it contains a whole string (a pasted log line), or it is one
 * whole (a constant). A `…` in a
 * string stands for text that varies, so each side of it counts as a string of its own.
 */
export function codesQuoted(query: string, namedCodes: readonly NamedCode[]): number[] {
  const folded = foldText(query);
  const padded = ` ${folded} `;
  const queryWords = folded ? folded.split(' ').length : 0;
  const quotes = (text: string) =>
    allPiecesInOrder(text, padded) ||
    text.split('…').some((piece) => {
      const words = foldText(piece);
      if (!words) return false;
      if (words === folded) return true; // a constant such as `StatusGoingAway`, typed whole
      // or the last part of a qualified one (`EndpointUnavailable` of `WebSocketCloseStatus.EndpointUnavailable`)
      if (queryWords === 1 && folded.length >= 8 && !/\s/.test(piece.trim()) && words.endsWith(` ${folded}`)) return true;
      if (queryWords >= MIN_QUOTED_WORDS && ` ${words} `.includes(padded)) return true;
      return words.split(' ').length >= MIN_QUOTED_WORDS && padded.includes(` ${words} `);
    });
  // Current texts first: `DisconnectStale` is 3502 today and was 3007 before centrifuge 0.20.
  const current = namedCodes.filter((entry) => (entry.strings ?? []).some(quotes)).map((entry) => entry.code);
  const older = namedCodes.filter((entry) => !current.includes(entry.code) && (entry.older ?? []).some(quotes)).map((entry) => entry.code);
  return [...current, ...older];
}

/**
 * Whether a text with varying parts (`Subscriber for … already exists`) stands whole in the
 * query: every fixed piece in order, three words or more in all, whatever fills the gaps.
 */
function allPiecesInOrder(text: string, paddedQuery: string): boolean {
  const pieces = text.split('…').map(foldText).filter(Boolean);
  if (pieces.length < 2 || pieces.join(' ').split(' ').length < MIN_QUOTED_WORDS) return false;
  let from = 0;
  for (const piece of pieces) {
    const at = paddedQuery.indexOf(` ${piece} `, from);
    if (at < 0) return false;
    from = at + piece.length + 1;
  }
  return true;
}

export interface NamedLibrary {
  id: string;
  /** Its name, id and aliases: matched as whole words anywhere in the query. */
  names: readonly string[];
}

/** Libraries and browsers the query names (`gorilla 1006`, `python websockets close code`), longest name first. */
export function librariesNamed(query: string, libraries: readonly NamedLibrary[]): string[] {
  const padded = ` ${foldText(query)} `;
  return libraries
    .flatMap((library) => library.names.map((name) => ({ id: library.id, words: foldText(name) })))
    .filter(({ words }) => words.length >= 2 && padded.includes(` ${words} `))
    .sort((x, y) => y.words.length - x.words.length)
    .map(({ id }) => id)
    .filter((id, i, all) => all.indexOf(id) === i);
}

/**
 * Pages that must come first for a query: the codes it names, or their ranges when a code has
 * no page. A query naming two codes (`1001 vs 1006`) is after their comparison, so that leads.
 */
export function directTargets(
  query: string,
  codesWithPages: ReadonlySet<number>,
  namedCodes: readonly NamedCode[] = [],
  namedLibraries: readonly NamedLibrary[] = [],
  namedApps: readonly NamedLibrary[] = [],
): DirectTarget[] {
  const targets: DirectTarget[] = [];
  const numbers = findCodeNumbers(query);
  // A registered code's own name, typed whole (`Unauthorized`), leads: applications that
  // reuse the word for a number of their own (graphql-ws's 4401) come after it.
  const folded = foldText(query);
  for (const entry of namedCodes) {
    if (!entry.app && entry.names.some((name) => foldText(name) === folded)) targets.push({ kind: 'code', code: entry.code });
  }
  // A quoted message leads: its page is the answer, ahead of pages whose name shares a word
  // with it. Codes the query also names by number come first among them.
  const quoted = codesQuoted(query, namedCodes).sort((x, y) => Number(!numbers.includes(x)) - Number(!numbers.includes(y)));
  for (const code of quoted) if (!targets.some((t) => t.kind === 'code' && t.code === code)) targets.push({ kind: 'code', code });
  for (const n of numbers) {
    if (targets.some((t) => t.kind === 'code' && t.code === n)) continue;
    if (codesWithPages.has(n)) {
      targets.push({ kind: 'code', code: n });
    } else {
      const range = rangeOf(n).id;
      if (!targets.some((t) => t.kind === 'range' && t.range === range)) targets.push({ kind: 'range', range, number: n });
    }
  }
  // A code named in full, e.g. "going away" or "нарушение политики"; longest name first so
  // "abnormal closure" is not also read as "normal closure".
  const byName = namedCodes
    .flatMap((entry) => entry.names.map((name) => ({ code: entry.code, name })))
    .filter(({ name }) => containsPhrase(query, name) || namesWords(query, name))
    .sort((x, y) => foldText(y.name).length - foldText(x.name).length);
  for (const { code } of byName) {
    if (!targets.some((t) => t.kind === 'code' && t.code === code)) targets.push({ kind: 'code', code });
  }
  // Two codes named (`1001 vs 1006`) ask for their comparison, unless the numbers are part of a
  // quoted message (`…either 1000, or between 3000 and 4999. 1012 is neither.`).
  // Only registered codes have comparison pages.
  const appOnly = new Set(namedCodes.filter((c) => c.app).map((c) => c.code));
  const named = targets.flatMap((t) => (t.kind === 'code' && !appOnly.has(t.code) ? [t.code] : []));
  if (named.length >= 2 && quoted.length === 0) targets.unshift({ kind: 'compare', a: named[0]!, b: named[1]! });
  // A library or system named leads when no code is; after the code otherwise (`gorilla 1006`, `pusher 4201`).
  for (const id of librariesNamed(query, namedLibraries)) targets.push({ kind: 'library', id });
  for (const id of librariesNamed(query, namedApps)) targets.push({ kind: 'app', id });
  return targets;
}

const ARABIC_WORD = /^[\u0621-\u064A]{3,}$/u;
const ARTICLE = 'ال';

/**
 * The queries to send to the full-text index for what a reader typed. For Arabic, also the
 * query with the article ال toggled on every word (`متصفحات` ↔ `المتصفحات`): Pagefind's
 * Arabic stemmer reduces a word with and without the article to different stems (plurals
 * most of all), so on this site `متصفحات` found 1 page and `المتصفحات` 28, and some words
 * lose pages the other way. Searching both and merging finds the same pages either way.
 */
export function fullTextQueries(query: string, lang: Lang): string[] {
  if (lang !== 'ar') return [query];
  let changed = false;
  const toggled = query
    .split(' ')
    .map((word) => {
      if (word.startsWith(ARTICLE)) {
        if (!ARABIC_WORD.test(word.slice(ARTICLE.length))) return word; // التي, الذي
        changed = true;
        return word.slice(ARTICLE.length);
      }
      if (ARABIC_WORD.test(word)) {
        changed = true;
        return ARTICLE + word;
      }
      return word;
    })
    .join(' ');
  return changed ? [query, toggled] : [query];
}

/** Merges result lists of several queries: each page once, at its best score, best first. */
export function mergeScored<T extends { id: string; score: number }>(lists: readonly (readonly T[])[]): T[] {
  const best = new Map<string, T>();
  for (const list of lists) {
    for (const result of list) {
      const seen = best.get(result.id);
      if (!seen || result.score > seen.score) best.set(result.id, result);
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Fills `{name}` slots in a UI template; unknown slots are left as they are. */
export function fillSlots(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}

/** Puts direct hits first and drops full-text results that repeat them. */
export function mergeResults<T extends { url: string }>(direct: T[], fullText: T[], limit: number): T[] {
  const seen = new Set<string>();
  const merged: T[] = [];
  for (const result of [...direct, ...fullText]) {
    const key = result.url.replace(/[?#].*$/, '');
    if (seen.has(key)) continue;
    seen.add(key);
    merged.push(result);
    if (merged.length >= limit) break;
  }
  return merged;
}

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: '\u00a0' };

/**
 * Pagefind excerpts are HTML with `<mark>` around matches. Turn them into text parts so the
 * page renders them as text nodes: nothing from the index is ever inserted as markup.
 */
export function excerptParts(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of html.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece) {
      const text = piece
        .replace(/<[^>]*>/g, '')
        .replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '');
      if (text) parts.push({ text, marked });
    }
  }
  return parts;
}
