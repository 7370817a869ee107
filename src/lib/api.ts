import { perLang, type Lang } from '../i18n/locales';
import type { CodeFacts } from '../schemas/code';
import type { ProseFrontmatter } from '../schemas/prose';
import { RANGES, rangeOf, type RangeId } from './ranges';
import { shortCodeUrl, urlFor } from './urls';

/** The public data API (`/api/codes.json`): one record per code, stable field names. */
export interface ApiCode {
  code: number;
  name: string;
  range: { id: string; min: number; max: number };
  canSendInCloseFrame: boolean;
  canPassToBrowserClose: boolean;
  senders: string[];
  reconnect: string;
  httpStatus: number | null;
  related: number[];
  names: Record<Lang, string>;
  summaries: Record<Lang, string>;
  urls: Record<Lang, string>;
  shortUrl: string;
  libraries: { library: string; identifier: string | null; messages: string[] }[];
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
  entries: { facts: CodeFacts; prose: Record<Lang, ProseFrontmatter> }[],
  ranges: { id: RangeId; titles: Record<Lang, string>; summaries: Record<Lang, string> }[],
): { codes: ApiCode[]; ranges: ApiRange[] } {
  return {
    ranges: ranges.map((r) => {
      const { min, max } = RANGES.find((range) => range.id === r.id)!;
      return { ...r, min, max, urls: perLang((lang) => urlFor({ kind: 'range', range: r.id }, lang)) };
    }),
    codes: entries.map(({ facts, prose }) => {
      const range = rangeOf(facts.code);
      return {
        code: facts.code,
        name: facts.ianaName ?? facts.commonName ?? prose.en.name,
        range: { id: range.id, min: range.min, max: range.max },
        canSendInCloseFrame: facts.canSendInCloseFrame,
        canPassToBrowserClose: facts.canPassToBrowserClose,
        senders: facts.senders,
        reconnect: facts.reconnect,
        httpStatus: facts.httpStatus ?? null,
        related: facts.related,
        names: perLang((lang) => prose[lang].name),
        summaries: perLang((lang) => prose[lang].summary),
        urls: perLang((lang) => urlFor({ kind: 'code', code: facts.code }, lang)),
        shortUrl: shortCodeUrl(facts.code),
        libraries: facts.libraries.map((l) => ({
          library: l.library,
          identifier: l.identifier ?? null,
          messages: l.messages,
        })),
      };
    }),
  };
}

/** Per-language data for site search: names to match and what to show for direct hits. */
export interface SearchData {
  codes: { code: number; names: string[]; title: string; summary: string; url: string }[];
  ranges: { id: RangeId; min: number; max: number; title: string; summary: string; url: string }[];
  /** A comparison's title and summary with `{a}`, `{nameA}`, `{b}`, `{nameB}` slots: one template, not one text per pair. */
  compare: { title: string; summary: string };
}

export function buildSearchData(
  lang: Lang,
  api: { codes: ApiCode[]; ranges: ApiRange[] },
  compare: SearchData['compare'],
): SearchData {
  return {
    compare,
    codes: api.codes.map((c) => ({
      code: c.code,
      names: [...new Set([c.names[lang], c.names.en, c.name])],
      title: `${c.code} ${c.names[lang]}`,
      summary: c.summaries[lang],
      url: c.urls[lang],
    })),
    ranges: api.ranges.map((r) => ({ id: r.id, min: r.min, max: r.max, title: r.titles[lang], summary: r.summaries[lang], url: r.urls[lang] })),
  };
}
