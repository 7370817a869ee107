/**
 * What a code page shows about browsers and libraries, built from the library files. Pure, so
 * the rules (which browser counts as verified, what is an older wording) are unit-tested.
 */
import { COMPARED_BROWSERS, LIBRARY_KINDS, type Generates, type Library, type LibraryCode, type Message, type Received } from '../schemas/library';

export interface CodeNaming {
  library: Library;
  entry: LibraryCode;
}

/** Browsers first, then libraries, then services; by name within each. */
export function sortLibraries(libraries: readonly Library[]): Library[] {
  return [...libraries].sort((a, b) => LIBRARY_KINDS.indexOf(a.kind) - LIBRARY_KINDS.indexOf(b.kind) || a.name.localeCompare(b.name, 'en'));
}

/** Indexes every library's entries by code, once per build. */
export function indexNamings(libraries: readonly Library[]): Map<number, CodeNaming[]> {
  const byCode = new Map<number, CodeNaming[]>();
  for (const library of sortLibraries(libraries)) {
    for (const entry of library.codes) {
      const list = byCode.get(entry.code) ?? [];
      list.push({ library, entry });
      byCode.set(entry.code, list);
    }
  }
  return byCode;
}


export interface BrowserRow {
  id: (typeof COMPARED_BROWSERS)[number];
  name: string;
  /** False when no source was read for this browser and code: the page says "not verified". */
  verified: boolean;
  received?: Received;
  thrown: Message[];
  console: Message[];
  /** Reason texts the browser puts in its own Close frame with this code. */
  reasons: Message[];
  generates: Generates[];
}

/** One row per compared browser, in a fixed order, whether or not the data covers the code. */
export function browserRows(namings: readonly CodeNaming[], browserName: (id: string) => string): BrowserRow[] {
  return COMPARED_BROWSERS.map((id) => {
    const naming = namings.find((n) => n.library.id === id);
    const messages = naming?.entry.messages ?? [];
    return {
      id,
      name: browserName(id),
      verified: naming !== undefined,
      received: naming?.entry.received,
      thrown: messages.filter((m) => m.kind === 'thrown'),
      console: messages.filter((m) => m.kind === 'console'),
      reasons: messages.filter((m) => m.kind === 'reason'),
      generates: naming?.entry.generates ?? [],
    };
  });
}

/** Libraries and services (not browsers) with a constant or a text for the code. */
export function libraryRows(namings: readonly CodeNaming[]): CodeNaming[] {
  return namings.filter((n) => n.library.kind !== 'browser' && (n.entry.identifier || n.entry.messages.length > 0));
}

/** Everything that closes with (or reports) the code by itself, browsers included. */
export function generators(namings: readonly CodeNaming[]): { naming: CodeNaming; behaviour: Generates }[] {
  return namings.flatMap((naming) => naming.entry.generates.map((behaviour) => ({ naming, behaviour })));
}

/** Behaviours grouped by what triggers them and whether the code is sent, in first-seen order. */
export function groupByTrigger<T extends { behaviour: Generates }>(items: readonly T[]): { when: Generates['when']; as: Generates['as']; items: T[] }[] {
  const groups = new Map<string, { when: Generates['when']; as: Generates['as']; items: T[] }>();
  for (const item of items) {
    const key = `${item.behaviour.when}/${item.behaviour.as}`;
    const group = groups.get(key) ?? { when: item.behaviour.when, as: item.behaviour.as, items: [] };
    group.items.push(item);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** Current wordings first, older ones after them, each group in data order. */
export function orderMessages(messages: readonly Message[]): Message[] {
  return [...messages.filter((m) => !m.older), ...messages.filter((m) => m.older)];
}

/**
 * The library and browser sources a code page cites, numbered in the order the page shows
 * them: each appears once in the page's source list, and every fact links to its number.
 */
export interface SourceNotes {
  refs: readonly string[];
  numberOf(ref: string): number;
}

/** Numbers sources in the order given, each once. */
export function numberRefs(refs: Iterable<string | undefined>): SourceNotes {
  const numbers = new Map<string, number>();
  for (const ref of refs) if (ref !== undefined && !numbers.has(ref)) numbers.set(ref, numbers.size + 1);
  return {
    refs: [...numbers.keys()],
    numberOf(ref) {
      const n = numbers.get(ref);
      if (n === undefined) throw new Error(`Source not numbered for this page: ${ref}`);
      return n;
    },
  };
}

export function numberSources(
  browsers: readonly BrowserRow[],
  libraries: readonly CodeNaming[],
  selfSenders: readonly { behaviour: Generates }[],
): SourceNotes {
  return numberRefs(
    (function* () {
      for (const row of browsers) {
        yield row.received?.source;
        for (const m of [...orderMessages(row.thrown), ...orderMessages(row.console), ...orderMessages(row.reasons)]) yield m.source;
        for (const g of row.generates) yield g.source;
      }
      for (const { entry } of libraries) {
        yield entry.source;
        for (const m of orderMessages(entry.messages)) yield m.source;
      }
      for (const { behaviour } of selfSenders) yield behaviour.source;
    })(),
  );
}

/** What a library's guide page shows from its data file, each part in code order. */
export interface GuideTables {
  constants: { code: number; identifier: string; source: string }[];
  /** Texts thrown when a program closes with a code or reason the library refuses. */
  refused: { code: number; messages: Message[] }[];
  /** Texts it prints, logs or sends as a reason with a code. */
  printed: { code: number; messages: Message[] }[];
  produces: { code: number; behaviour: Generates }[];
  /** Browsers: what happens when a server sends each code. */
  received: { code: number; received: Received }[];
  notes: SourceNotes;
}

export function guideTables(library: Library): GuideTables {
  const entries = [...library.codes].sort((a, b) => a.code - b.code);
  const withMessages = (keep: (m: Message) => boolean) =>
    entries.flatMap((e) => {
      const messages = orderMessages(e.messages.filter(keep));
      return messages.length ? [{ code: e.code, messages }] : [];
    });
  const constants = entries.flatMap((e) => (e.identifier && e.source ? [{ code: e.code, identifier: e.identifier, source: e.source }] : []));
  const refused = withMessages((m) => m.kind === 'thrown');
  const printed = withMessages((m) => m.kind !== 'thrown');
  const produces = entries.flatMap((e) => e.generates.map((behaviour) => ({ code: e.code, behaviour })));
  const received = entries.flatMap((e) => (e.received ? [{ code: e.code, received: e.received }] : []));
  const notes = numberRefs([
    ...constants.map((c) => c.source),
    ...refused.flatMap((r) => r.messages.map((m) => m.source)),
    ...printed.flatMap((r) => r.messages.map((m) => m.source)),
    ...produces.map((p) => p.behaviour.source),
    ...received.map((r) => r.received.source),
    ...library.sources,
  ]);
  return { constants, refused, printed, produces, received, notes };
}
