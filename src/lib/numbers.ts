import type { App, AppCode, AppRange } from '../schemas/app';
import { meaningKey } from '../schemas/app';
import { browserMayClose, rangeOf, type Range } from './ranges';

/**
 * The one answer to "what does close code N mean": its range, whether it is registered, and
 * what every application system that uses it means by it. Code pages, application-code
 * pages, the 404 lookup, search and the data API all ask this index; there is no other list
 * of numbers.
 */

/** One system's meaning of a number (one entry of its data file). */
export interface AppUse {
  app: App;
  entry: AppCode;
  /** The key of the meaning in the per-language text files. */
  key: string;
}

/** A system whose block rule covers a number it does not name itself (Pusher's 4100–4199: back off). */
export interface AppRuleUse {
  app: App;
  range: AppRange & { rule: NonNullable<AppRange['rule']> };
}

export interface NumberMeaning {
  code: number;
  range: Range;
  /** Whether page script may pass it to `WebSocket.close()`. */
  browserMayClose: boolean;
  /** Whether it is one of the registered codes with a full page of its own. */
  registered: boolean;
  /** Systems that name the number, by system name; within a system, the current meaning first. */
  uses: readonly AppUse[];
  /** Systems that do not name it but give its block a rule. */
  rules: readonly AppRuleUse[];
}

export interface NumberIndex {
  meaning(code: number): NumberMeaning;
  /** Every number some system names, ascending (3000, 3003 and 3008 included). */
  named: readonly number[];
  /** Numbers that some system names and that have no registered page: each gets a page of its own. */
  appNumbers: readonly number[];
  /** Every number with a page (registered codes and application numbers), ascending. */
  withPages: readonly number[];
  /** Every block rule of every system, by system name: the 404 page shows those covering a number it was given. */
  blockRules: readonly AppRuleUse[];
  /** The distinct systems using a number, in display order. */
  appsUsing(code: number): readonly App[];
}

const byName = (a: App, b: App) => a.name.localeCompare(b.name, 'en');

/** Codes of one system in page order: by number, the current meaning before older ones (an entry with `until` has ended). */
export function orderAppCodes(codes: readonly AppCode[]): AppCode[] {
  return [...codes].sort((a, b) => a.code - b.code || Number(Boolean(a.until)) - Number(Boolean(b.until)));
}

export function createNumberIndex(registered: readonly number[], apps: readonly App[]): NumberIndex {
  const registeredSet = new Set(registered);
  const uses = new Map<number, AppUse[]>();
  for (const app of [...apps].sort(byName)) {
    for (const entry of orderAppCodes(app.codes)) {
      const list = uses.get(entry.code) ?? [];
      list.push({ app, entry, key: meaningKey(entry) });
      uses.set(entry.code, list);
    }
  }
  const ruled = apps
    .flatMap((app) => app.ranges.flatMap((range) => (range.rule ? [{ app, range: { ...range, rule: range.rule } }] : [])))
    .sort((a, b) => byName(a.app, b.app) || a.range.min - b.range.min);
  const named = [...uses.keys()].sort((a, b) => a - b);
  const appNumbers = named.filter((n) => !registeredSet.has(n));
  const cache = new Map<number, NumberMeaning>();

  const meaning = (code: number): NumberMeaning => {
    const cached = cache.get(code);
    if (cached) return cached;
    const named = uses.get(code) ?? [];
    const result: NumberMeaning = {
      code,
      range: rangeOf(code),
      browserMayClose: browserMayClose(code),
      registered: registeredSet.has(code),
      uses: named,
      rules: ruled.filter(({ app, range }) => code >= range.min && code <= range.max && !named.some((u) => u.app.id === app.id)),
    };
    cache.set(code, result);
    return result;
  };

  return {
    meaning,
    named,
    appNumbers,
    withPages: [...registeredSet, ...appNumbers].sort((a, b) => a - b),
    blockRules: ruled,
    appsUsing: (code) => [...new Set((uses.get(code) ?? []).map((u) => u.app))],
  };
}
