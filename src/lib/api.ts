import { perLang, type Lang } from '../i18n/locales';
import type { CodeFacts } from '../schemas/code';
import type { Generates, Message, Received } from '../schemas/library';
import type { CodeNaming } from './code-behaviour';
import type { ProseFrontmatter } from '../schemas/prose';
import { RANGES, rangeOf, type RangeId } from './ranges';
import { shortCodeUrl, urlFor } from './urls';

/** The public data API (`/api/codes.json`): one record per code, stable field names. */
export interface ApiCode {
  code: number;
  /** The registry's own name, verbatim; null where the registry has none (1014). */
  ianaName: string | null;
  /** The English name the site uses: the IANA name, or a common label where there is none. */
  label: string;
  range: { id: string; min: number; max: number };
  canSendInCloseFrame: boolean;
  canPassToBrowserClose: boolean;
  senders: string[];
  reconnect: string;
  nature: string;
  httpStatus: number | null;
  related: number[];
  names: Record<Lang, string>;
  summaries: Record<Lang, string>;
  urls: Record<Lang, string>;
  shortUrl: string;
  /** The standards texts the facts come from. */
  sources: { kind: string; section: string | null; url: string }[];
  /** Per library, browser or service: its name for the code and what it prints, sends and does, each with its source. */
  libraries: ApiNaming[];
}

export interface ApiNaming {
  library: string;
  kind: string;
  identifier: string | null;
  identifierSource: string | null;
  messages: (Omit<Message, 'versions'> & { versions: string | null })[];
  generates: (Omit<Generates, 'versions'> & { versions: string | null })[];
  /** Browsers: what happens when the code arrives in a Close frame; null where not recorded. */
  received: (Omit<Received, 'sendsBack' | 'versions'> & { sendsBack: number | null; versions: string | null }) | null;
}

/** One record per range of the code space, with its page in every language. */
export interface ApiRange {
  id: RangeId;
  min: number;
  max: number;
  titles: Record<Lang, string>;
  summaries: Record<Lang, string>;
  urls: Record<Lang, string>;
}

export function buildCodesApi(
  entries: { facts: CodeFacts; prose: Record<Lang, ProseFrontmatter>; namings: readonly CodeNaming[] }[],
  ranges: { id: RangeId; titles: Record<Lang, string>; summaries: Record<Lang, string> }[],
): { codes: ApiCode[]; ranges: ApiRange[] } {
  return {
    ranges: ranges.map((r) => {
      const { min, max } = RANGES.find((range) => range.id === r.id)!;
      return { ...r, min, max, urls: perLang((lang) => urlFor({ kind: 'range', range: r.id }, lang)) };
    }),
    codes: entries.map(({ facts, prose, namings }) => {
      const range = rangeOf(facts.code);
      return {
        code: facts.code,
        ianaName: facts.ianaName,
        label: facts.ianaName ?? facts.commonName ?? prose.en.name,
        range: { id: range.id, min: range.min, max: range.max },
        canSendInCloseFrame: facts.canSendInCloseFrame,
        canPassToBrowserClose: facts.canPassToBrowserClose,
        senders: facts.senders,
        reconnect: facts.reconnect,
        nature: facts.nature,
        httpStatus: facts.httpStatus ?? null,
        related: facts.related,
        names: perLang((lang) => prose[lang].name),
        summaries: perLang((lang) => prose[lang].summary),
        urls: perLang((lang) => urlFor({ kind: 'code', code: facts.code }, lang)),
        shortUrl: shortCodeUrl(facts.code),
        sources: facts.sources.map((source) => ({ kind: source.kind, section: source.section ?? null, url: source.url })),
        libraries: namings.map(({ library, entry }) => ({
          library: library.id,
          kind: library.kind,
          identifier: entry.identifier ?? null,
          identifierSource: entry.source ?? null,
          messages: entry.messages.map((m) => ({ ...m, versions: m.versions ?? null })),
          generates: entry.generates.map((g) => ({ ...g, versions: g.versions ?? null })),
          received: entry.received
            ? { ...entry.received, sendsBack: entry.received.sendsBack ?? null, versions: entry.received.versions ?? null }
            : null,
        })),
      };
    }),
  };
}

/** Per-language data for site search: names to match and what to show for direct hits. */
export interface SearchData {
  codes: { code: number; names: string[]; strings: string[]; title: string; summary: string; url: string }[];
  ranges: { id: RangeId; min: number; max: number; title: string; summary: string; url: string }[];
  /** Libraries and browsers with a guide: names to recognise and what to show for a direct hit. */
  libraries: { id: string; names: string[]; title: string; summary: string; url: string }[];
  /** A comparison's title and summary with `{a}`, `{nameA}`, `{b}`, `{nameB}` slots: one template, not one text per pair. */
  compare: { title: string; summary: string };
}

export function buildSearchData(
  lang: Lang,
  api: { codes: ApiCode[]; ranges: ApiRange[] },
  compare: SearchData['compare'],
  libraries: SearchData['libraries'] = [],
): SearchData {
  return {
    compare,
    libraries,
    codes: api.codes.map((c) => ({
      code: c.code,
      names: [...new Set([c.names[lang], c.names.en, c.label])],
      // Exact texts and constants, so a pasted message finds the page that lists it.
      strings: [...new Set(c.libraries.flatMap((l) => [...(l.identifier ? [l.identifier] : []), ...l.messages.map((m) => m.text)]))],
      title: `${c.code} ${c.names[lang]}`,
      summary: c.summaries[lang],
      url: c.urls[lang],
    })),
    ranges: api.ranges.map((r) => ({ id: r.id, min: r.min, max: r.max, title: r.titles[lang], summary: r.summaries[lang], url: r.urls[lang] })),
  };
}
