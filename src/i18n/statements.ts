import { SENDERS, type Sender } from '../schemas/code';
import type { Statement, Tell } from '../lib/comparison';
import type { Lang } from './locales';
import { richText, type RichPart, type RichValue } from './rich';
import type { Translate } from './translation';

/** Renders comparison statements (from lib/comparison) as sentences in one language. */

const link = (code: number): RichValue => ({ type: 'codeLink', code });

export function formatList(lang: Lang, items: readonly string[]): string {
  return new Intl.ListFormat(lang, { type: 'conjunction', style: 'long' }).format(items);
}

/** Who sends a code, in one fixed order (client, server, browser, proxy), as alternatives: "the client or the server". */
export function sendersText(t: Translate, lang: Lang, senders: readonly Sender[]): string {
  const ordered = [...senders].sort((a, b) => SENDERS.indexOf(a) - SENDERS.indexOf(b));
  return new Intl.ListFormat(lang, { type: 'disjunction', style: 'long' }).format(ordered.map((s) => t(`sender.${s}`)));
}

export function statementParts(statement: Statement, t: Translate, lang: Lang): RichPart[] {
  const say = (key: string) => (params: Record<string, unknown>) =>
    (t as unknown as (k: string, p: Record<string, unknown>) => string)(key, params);
  switch (statement.key) {
    case 'diff.nature':
      return richText(say(statement.key), {
        a: link(statement.a),
        b: link(statement.b),
        natureA: t(`nature.${statement.natureA}`),
        natureB: t(`nature.${statement.natureB}`),
      });
    case 'same.nature':
      return richText(say(statement.key), { nature: t(`nature.${statement.nature}`) });
    case 'diff.wire':
      return richText(say(statement.key), {
        sent: link(statement.sent),
        other: link(statement.other),
        otherRoleClause: t(`wireRoleClause.${statement.otherRole}`),
      });
    case 'diff.wireLocalUnused':
      return richText(say(statement.key), { local: link(statement.local), unused: link(statement.unused) });
    case 'diff.clean':
      return richText(say(statement.key), {
        a: link(statement.a),
        b: link(statement.b),
        cleanA: t(`cleanValue.${statement.cleanA}`),
        cleanB: t(`cleanValue.${statement.cleanB}`),
      });
    case 'diff.reason':
      return richText(say(statement.key), { withReason: link(statement.withReason), without: link(statement.without) });
    case 'diff.browserClose':
      return richText(say(statement.key), { allowed: link(statement.allowed), forbidden: link(statement.forbidden) });
    case 'diff.senders':
      return richText(say(statement.key), {
        a: link(statement.a),
        b: link(statement.b),
        sendersA: sendersText(t, lang, statement.sendersA),
        sendersB: sendersText(t, lang, statement.sendersB),
      });
    case 'diff.reconnect':
      return richText(say(statement.key), {
        a: link(statement.a),
        b: link(statement.b),
        // The short answer: the full advice stands on each code's page.
        adviceA: t(`reconnectShort.${statement.adviceA}`),
        adviceB: t(`reconnectShort.${statement.adviceB}`),
      });
    case 'diff.range':
      return richText(say(statement.key), {
        a: link(statement.a),
        b: link(statement.b),
        rangeA: t(`range.${statement.rangeA}.name`),
        rangeB: t(`range.${statement.rangeB}.name`),
      });
    case 'diff.http':
      return richText(say(statement.key), {
        a: link(statement.a),
        b: link(statement.b),
        httpA: { type: 'code', text: String(statement.httpA) },
        httpB: { type: 'code', text: String(statement.httpB) },
      });
    case 'diff.httpOne':
      return richText(say(statement.key), {
        withHttp: link(statement.withHttp),
        without: link(statement.without),
        http: { type: 'code', text: String(statement.http) },
      });
    case 'same.wire':
      return richText(say(`same.wire.${statement.role}`), {});
    case 'same.clean':
      return richText(say(statement.key), { clean: t(`cleanValue.${statement.clean}`) });
    case 'same.reason':
      return richText(say(`same.reason.${statement.can}`), {});
    case 'same.browserClose':
      return richText(say(`same.browserClose.${statement.allowed}`), {});
    case 'same.senders':
      return richText(say(statement.key), { senders: sendersText(t, lang, statement.senders) });
    case 'same.reconnect':
      return richText(say(statement.key), { advice: t(`reconnectShort.${statement.advice}`) });
    case 'same.range':
      return richText(say(statement.key), { range: t(`range.${statement.range}.name`) });
  }
}

/** What the browser's console shows with a code, as a sentence. */
export function tellParts(tell: Tell, t: Translate, lang: Lang): RichPart[] {
  const say = (key: string) => (params: Record<string, unknown>) =>
    (t as unknown as (k: string, p: Record<string, unknown>) => string)(key, params);
  switch (tell.key) {
    case 'tell.console':
      return richText(say(tell.key), {
        code: link(tell.code),
        browser: tell.browser,
        count: tell.count,
        text: { type: 'code', text: tell.text },
      });
    case 'tell.noConsole':
      return richText(say(tell.key), { code: link(tell.code), browsers: formatList(lang, tell.browsers) });
  }
}
