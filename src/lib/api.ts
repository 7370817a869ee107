import { perLang, type Lang } from '../i18n/locales';
import type { CodeFacts } from '../schemas/code';
import type { Generates, Message, Received } from '../schemas/library';
import type { CodeNaming } from './code-behaviour';
import type { ProseFrontmatter } from '../schemas/prose';
import { RANGES, rangeOf, type RangeId } from './ranges';
import { shortCodeUrl, urlFor } from './urls';
import type { App, AppKind, AppText } from '../schemas/app';
import type { NumberIndex } from './numbers';
import type { SearchStrings } from '../scripts/search-render';

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

/** An application system that defines its own codes (`/api/codes.json` → `systems`). */
export interface ApiSystem {
  id: string;
  name: string;
  kind: AppKind;
  url: string;
  sources: string[];
  /** What since/until count, e.g. `github.com/centrifugal/centrifuge`; null when no meaning changed. */
  versionOf: string | null;
  identify: { hosts: string[]; subprotocols: string[]; packages: string[] };
  /** The blocks it claims; `rule` where it gives the whole block one reconnect rule. */
  ranges: { min: number; max: number; rule: string | null; source: string | null }[];
  descriptions: Record<Lang, string>;
  notes: Record<Lang, string[]>;
  urls: Record<Lang, string>;
}

/** One number that application systems use (`/api/codes.json` → `applicationCodes`), with every system's meaning. */
export interface ApiApplicationCode {
  code: number;
  range: { id: string; min: number; max: number };
  /** Whether it is also a registered code (3000, 3003, 3008), described in `codes`. */
  registered: boolean;
  urls: Record<Lang, string>;
  shortUrl: string;
  systems: {
    system: string;
    name: string;
    constant: string | null;
    texts: string[];
    sender: string;
    reconnect: string;
    carrier: string;
    since: string | null;
    until: string | null;
    source: string;
    meanings: Record<Lang, string>;
  }[];
}

/** The application systems and the numbers they use, from the one number index. */
export function buildAppsApi(
  apps: readonly App[],
  numbers: NumberIndex,
  text: (lang: Lang, id: string) => AppText,
): { systems: ApiSystem[]; applicationCodes: ApiApplicationCode[] } {
  return {
    systems: apps.map((app) => ({
      id: app.id,
      name: app.name,
      kind: app.kind,
      url: app.url,
      sources: app.sources,
      versionOf: app.versionOf ?? null,
      identify: app.identify,
      ranges: app.ranges.map((r) => ({ min: r.min, max: r.max, rule: r.rule ?? null, source: r.source ?? null })),
      descriptions: perLang((lang) => text(lang, app.id).description),
      notes: perLang((lang) => text(lang, app.id).notes),
      urls: perLang((lang) => urlFor({ kind: 'app', id: app.id }, lang)),
    })),
    applicationCodes: numbers.named.map((code) => {
      const meaning = numbers.meaning(code);
      return {
        code,
        range: { id: meaning.range.id, min: meaning.range.min, max: meaning.range.max },
        registered: meaning.registered,
        urls: perLang((lang) => urlFor({ kind: 'code', code }, lang)),
        shortUrl: shortCodeUrl(code),
        systems: meaning.uses.map(({ app, entry, key }) => ({
          system: app.id,
          name: entry.name,
          constant: entry.constant ?? null,
          texts: entry.texts,
          sender: entry.sender,
          reconnect: entry.reconnect,
          carrier: entry.carrier,
          since: entry.since ?? null,
          until: entry.until ?? null,
          source: entry.source,
          meanings: perLang((lang) => text(lang, app.id).meanings[key]!),
        })),
      };
    }),
  };
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
  /** Every number with a page; `app` marks one only applications define (no comparison pages). */
  codes: { code: number; names: string[]; strings: string[]; older?: string[]; title: string; summary: string; url: string; app?: true }[];
  ranges: { id: RangeId; min: number; max: number; title: string; summary: string; url: string }[];
  /** Libraries and browsers with a guide: names to recognise and what to show for a direct hit. */
  libraries: { id: string; names: string[]; title: string; summary: string; url: string }[];
  /** Application systems: names to recognise and what to show for a direct hit. */
  apps: { id: string; names: string[]; title: string; summary: string; url: string }[];
  /** The search box's UI strings: they arrive with this data rather than weigh on every page. */
  strings: SearchStrings;
  /** A comparison's title and summary with `{a}`, `{nameA}`, `{b}`, `{nameB}` slots: one template, not one text per pair. */
  compare: { title: string; summary: string };
}

/** Strips the backticks that mark identifiers in content text, for plain-text summaries. */
const plain = (text: string) => text.replace(/`/g, '');

/** What search recognises of systems' uses of a number: names, constants and texts; `older` for meanings that ended. */
function appStrings(systems: ApiApplicationCode['systems']): { strings: string[]; older: string[] } {
  const of = (s: ApiApplicationCode['systems'][number]) => [s.name, ...(s.constant ? [s.constant] : []), ...s.texts];
  const strings = [...new Set(systems.filter((s) => !s.until).flatMap(of))];
  const older = [...new Set(systems.filter((s) => s.until).flatMap(of))].filter((x) => !strings.includes(x));
  return { strings, older };
}

export function buildSearchData(
  lang: Lang,
  api: { codes: ApiCode[]; ranges: ApiRange[]; systems: ApiSystem[]; applicationCodes: ApiApplicationCode[] },
  text: {
    compare: SearchData['compare'];
    appTitle: (code: number, count: number, name: string) => string;
    appSystem: (name: string) => string;
    /** A system's line in results: what it is and its blocks (its description would triple the bytes). */
    appSummary: (system: ApiSystem) => string;
    strings: SearchStrings;
  },
  libraries: SearchData['libraries'] = [],
): SearchData {
  const byNumber = new Map(api.applicationCodes.map((a) => [a.code, a]));
  const systemName = new Map(api.systems.map((s) => [s.id, s.name]));
  const registered = api.codes.map((c) => {
    const apps = appStrings(byNumber.get(c.code)?.systems ?? []);
    return {
      code: c.code,
      names: [...new Set([c.names[lang], c.names.en, c.label])],
      // Exact texts and constants, so a pasted message finds the page that lists it; with the
      // names and texts of systems that use the number in their own sense.
      strings: [
        ...new Set([...c.libraries.flatMap((l) => [...(l.identifier ? [l.identifier] : []), ...l.messages.map((m) => m.text)]), ...apps.strings]),
      ],
      ...(apps.older.length ? { older: apps.older } : {}),
      title: `${c.code} ${c.names[lang]}`,
      summary: c.summaries[lang],
      url: c.urls[lang],
    };
  });
  const applications = api.applicationCodes
    .filter((a) => !a.registered)
    .map((a) => {
      const systems = [...new Set(a.systems.map((s) => s.system))];
      const [first] = a.systems;
      const { strings, older } = appStrings(a.systems);
      return {
        code: a.code,
        names: [],
        strings,
        ...(older.length ? { older } : {}),
        title: text.appTitle(a.code, systems.length, systems.length === 1 ? `${first!.name} (${systemName.get(first!.system)})` : ''),
        summary: systems.length === 1 ? plain(first!.meanings[lang]) : systems.map((id) => systemName.get(id)).join(', '),
        url: a.urls[lang],
        app: true as const,
      };
    });
  return {
    strings: text.strings,
    compare: text.compare,
    libraries,
    apps: api.systems.map((s) => ({
      id: s.id,
      names: [...new Set([s.name, s.id.replace(/-/g, ' ')])],
      title: text.appSystem(s.name),
      summary: text.appSummary(s),
      url: s.urls[lang],
    })),
    codes: [...registered, ...applications].sort((a, b) => a.code - b.code),
    ranges: api.ranges.map((r) => ({ id: r.id, min: r.min, max: r.max, title: r.titles[lang], summary: r.summaries[lang], url: r.urls[lang] })),
  };
}
