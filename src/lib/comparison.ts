import type { CleanClose, CodeFacts, Nature, ReconnectAdvice, Sender } from '../schemas/code';
import { rangeOf, type RangeId } from './ranges';

/**
 * Turns the structured facts of two codes into statements about what differs and what
 * they share. Each statement is a translation key plus parameters; the page renders it
 * through i18next, so every language gets whole sentences, not concatenated fragments.
 */

/** How a code relates to the wire. */
export type WireRole = 'sent' | 'local' | 'unused';

export function wireRole(facts: Pick<CodeFacts, 'canSendInCloseFrame' | 'reconnect'>): WireRole {
  if (facts.canSendInCloseFrame) return 'sent';
  // Reserved without meaning (1004) versus placeholders a receiver reports (1005, 1006, 1015).
  return facts.reconnect === 'never-seen' ? 'unused' : 'local';
}

export type Statement =
  | { key: 'diff.nature'; a: number; b: number; natureA: Nature; natureB: Nature }
  | { key: 'same.nature'; nature: Nature }
  | { key: 'diff.wire'; sent: number; other: number; otherRole: Exclude<WireRole, 'sent'> }
  | { key: 'diff.wireLocalUnused'; local: number; unused: number }
  | { key: 'diff.clean'; a: number; b: number; cleanA: CleanClose; cleanB: CleanClose }
  | { key: 'diff.reason'; withReason: number; without: number }
  | { key: 'diff.browserClose'; allowed: number; forbidden: number }
  | { key: 'diff.senders'; a: number; b: number; sendersA: Sender[]; sendersB: Sender[] }
  | { key: 'diff.reconnect'; a: number; b: number; adviceA: ReconnectAdvice; adviceB: ReconnectAdvice }
  | { key: 'diff.range'; a: number; b: number; rangeA: RangeId; rangeB: RangeId }
  | { key: 'diff.http'; a: number; b: number; httpA: number; httpB: number }
  | { key: 'diff.httpOne'; withHttp: number; http: number; without: number }
  | { key: 'same.wire'; role: WireRole }
  | { key: 'same.clean'; clean: CleanClose }
  | { key: 'same.reason'; can: boolean }
  | { key: 'same.browserClose'; allowed: boolean }
  | { key: 'same.senders'; senders: Sender[] }
  | { key: 'same.reconnect'; advice: ReconnectAdvice }
  | { key: 'same.range'; range: RangeId };

export interface Comparison {
  differences: Statement[];
  similarities: Statement[];
}

type Facts = Pick<
  CodeFacts,
  'code' | 'canSendInCloseFrame' | 'canPassToBrowserClose' | 'senders' | 'reconnect' | 'nature' | 'cleanClose' | 'httpStatus'
>;

function sameMembers<T>(x: readonly T[], y: readonly T[]): boolean {
  const a = new Set(x);
  const b = new Set(y);
  return a.size === b.size && [...a].every((v) => b.has(v));
}

/** Compares two codes; the order of `a` and `b` is the order readers see them in. */
export function compareCodes(a: Facts, b: Facts): Comparison {
  if (a.code === b.code) throw new Error(`Cannot compare ${a.code} with itself`);
  const differences: Statement[] = [];
  const similarities: Statement[] = [];

  // What each code reports comes first: it is the difference readers care about most.
  if (a.nature !== b.nature) {
    differences.push({ key: 'diff.nature', a: a.code, b: b.code, natureA: a.nature, natureB: b.nature });
  } else {
    similarities.push({ key: 'same.nature', nature: a.nature });
  }

  const roleA = wireRole(a);
  const roleB = wireRole(b);
  if (roleA === roleB) {
    similarities.push({ key: 'same.wire', role: roleA });
  } else if (roleA === 'sent' || roleB === 'sent') {
    const [sent, other] = roleA === 'sent' ? [a, b] : [b, a];
    differences.push({
      key: 'diff.wire',
      sent: sent.code,
      other: other.code,
      otherRole: wireRole(other) as Exclude<WireRole, 'sent'>,
    });
  } else {
    const [local, unused] = roleA === 'local' ? [a, b] : [b, a];
    differences.push({ key: 'diff.wireLocalUnused', local: local.code, unused: unused.code });
  }

  // Who sends a code only matters for codes that travel on the wire.
  if (roleA === 'sent' && roleB === 'sent') {
    if (sameMembers(a.senders, b.senders)) {
      similarities.push({ key: 'same.senders', senders: [...a.senders] });
    } else {
      differences.push({
        key: 'diff.senders',
        a: a.code,
        b: b.code,
        sendersA: [...a.senders],
        sendersB: [...b.senders],
      });
    }
  }

  // What the page's CloseEvent shows: wasClean, and whether a reason can be there at all.
  if (a.cleanClose !== b.cleanClose) {
    differences.push({ key: 'diff.clean', a: a.code, b: b.code, cleanA: a.cleanClose, cleanB: b.cleanClose });
  } else {
    similarities.push({ key: 'same.clean', clean: a.cleanClose });
  }
  // Only a code that travels in a Close frame comes with the sender's reason text.
  const reasonA = roleA === 'sent';
  const reasonB = roleB === 'sent';
  if (reasonA !== reasonB) {
    const [withReason, without] = reasonA ? [a, b] : [b, a];
    differences.push({ key: 'diff.reason', withReason: withReason.code, without: without.code });
  } else {
    similarities.push({ key: 'same.reason', can: reasonA });
  }

  if (a.canPassToBrowserClose !== b.canPassToBrowserClose) {
    const [allowed, forbidden] = a.canPassToBrowserClose ? [a, b] : [b, a];
    differences.push({ key: 'diff.browserClose', allowed: allowed.code, forbidden: forbidden.code });
  } else {
    similarities.push({ key: 'same.browserClose', allowed: a.canPassToBrowserClose });
  }

  if (a.reconnect !== b.reconnect) {
    differences.push({ key: 'diff.reconnect', a: a.code, b: b.code, adviceA: a.reconnect, adviceB: b.reconnect });
  } else {
    similarities.push({ key: 'same.reconnect', advice: a.reconnect });
  }

  const rangeA = rangeOf(a.code).id;
  const rangeB = rangeOf(b.code).id;
  if (rangeA !== rangeB) {
    differences.push({ key: 'diff.range', a: a.code, b: b.code, rangeA, rangeB });
  } else {
    similarities.push({ key: 'same.range', range: rangeA });
  }

  if (a.httpStatus !== undefined && b.httpStatus !== undefined) {
    if (a.httpStatus !== b.httpStatus) {
      differences.push({ key: 'diff.http', a: a.code, b: b.code, httpA: a.httpStatus, httpB: b.httpStatus });
    }
  } else if (a.httpStatus !== undefined || b.httpStatus !== undefined) {
    const [withHttp, without] = a.httpStatus !== undefined ? [a, b] : [b, a];
    differences.push({ key: 'diff.httpOne', withHttp: withHttp.code, http: withHttp.httpStatus!, without: without.code });
  }

  return { differences, similarities };
}

/** A browser's console lines for a code, as the library data records them (current wordings only). */
export interface ConsoleLines {
  browser: string;
  texts: readonly string[];
}

export type Tell =
  | { key: 'tell.console'; code: number; browser: string; count: number; text: string }
  | { key: 'tell.noConsole'; code: number; browsers: readonly string[] };

/**
 * What the browser's console shows with each code of a pair: per browser, one recorded line
 * and how many there are; a code with none recorded in any compared browser says so.
 */
export function consoleTells(sides: readonly { code: number; lines: readonly ConsoleLines[] }[], browsers: readonly string[]): Tell[] {
  return sides.flatMap(({ code, lines }): Tell[] => {
    const shown = lines.filter((l) => l.texts.length > 0);
    return shown.length
      ? shown.map((l) => ({ key: 'tell.console', code, browser: l.browser, count: l.texts.length, text: l.texts[0]! }))
      : [{ key: 'tell.noConsole', code, browsers }];
  });
}
