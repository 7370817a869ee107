/**
 * Rich UI text: a translated string split into plain text and inline parts, so a sentence
 * can contain close codes (as links) and identifiers (as code) without building HTML
 * strings. Astro renders each part as an element, escaping all text.
 *
 * In locale strings, text between backticks is an identifier and becomes code. A parameter
 * given as a rich value becomes its own part wherever `{{name}}` stands.
 */

export type RichValue =
  | { type: 'code'; text: string; /** A hook for scripts that fill the value in later. */ slot?: string }
  | { type: 'codeLink'; code: number };
export type RichPart = { type: 'text'; text: string } | RichValue;

const OPEN = '\uE000';
const CLOSE = '\uE001';
const SENTINEL = new RegExp(`${OPEN}(\\d+)${CLOSE}`, 'g');

/**
 * Calls `translate` with each rich value replaced by a private-use sentinel, then splits the
 * result. Values that are plain strings or numbers are interpolated by i18next as usual.
 */
export function richText(
  translate: (params: Record<string, unknown>) => string,
  params: Record<string, string | number | RichValue>,
): RichPart[] {
  const richValues: RichValue[] = [];
  const plain: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'object') {
      plain[name] = `${OPEN}${richValues.length}${CLOSE}`;
      richValues.push(value);
    } else {
      plain[name] = value;
    }
  }
  const translated = translate(plain);
  const parts: RichPart[] = [];
  const pushText = (text: string) => {
    if (text) parts.push({ type: 'text', text });
  };
  // Split on rich sentinels first, then on backtick code spans inside the text pieces.
  let last = 0;
  for (const match of translated.matchAll(SENTINEL)) {
    splitCodeSpans(translated.slice(last, match.index), pushText, parts);
    parts.push(richValues[Number(match[1])]);
    last = match.index + match[0].length;
  }
  splitCodeSpans(translated.slice(last), pushText, parts);
  return parts;
}

function splitCodeSpans(text: string, pushText: (t: string) => void, parts: RichPart[]): void {
  const pieces = text.split('`');
  if (pieces.length % 2 === 0) throw new Error(`Unbalanced backticks in UI string: ${text}`);
  pieces.forEach((piece, i) => {
    if (i % 2 === 0) pushText(piece);
    else parts.push({ type: 'code', text: piece });
  });
}

/** Plain-text form of rich parts, for `<title>`, meta descriptions and JSON. */
export function richToPlain(parts: readonly RichPart[]): string {
  return parts
    .map((p) => (p.type === 'text' || p.type === 'code' ? p.text : String(p.code)))
    .join('');
}

/**
 * Splits right-to-left text into runs, marking the runs of Latin script (identifiers, product
 * names, API calls), so each can be isolated left to right: `*websocket.CloseError` keeps its
 * asterisk at the start, and `close()` its parentheses, inside an Arabic sentence.
 */
export function latinRuns(text: string): { text: string; latin: boolean }[] {
  const runs: { text: string; latin: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(/[*#.@$]?[A-Za-z][\w.*#@$/:()[\]<>'-]*(?:[ ,][*#.@$]?[A-Za-z][\w.*#@$/:()[\]<>'-]*)*/g)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index), latin: false });
    runs.push({ text: match[0], latin: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), latin: false });
  return runs;
}

/** Stands for a proper name in a translated sentence, until `NamedText` puts the name in, isolated. */
export const NAME_SLOT = '\uE002';

const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const LINE_COMMENT = /^(.*?(?:^|\s))(\/\/|#)( ?)(.*)$/;

/**
 * Code whose comments are in a right-to-left language: each such comment is isolated right
 * to left (U+2067 … U+2069), so inside a left-to-right code block it reads in order, with
 * any Latin word in its place. Code itself and other comments are left as they are.
 */
export function isolateRtlComments(code: string): string {
  return code
    .split('\n')
    .map((line) => {
      const match = LINE_COMMENT.exec(line);
      if (!match || !RTL_LETTER.test(match[4]!)) return line;
      const [, before, marker, space, text] = match;
      return `${before}${marker}${space}\u2067${text}\u2069`;
    })
    .join('\n');
}

const ARABIC_RUN = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]+(?:[\s\u00A0«»()،؛؟!.,:–—-]*[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]+)*/g;

/**
 * Splits text from an unknown source (a search excerpt) into right-to-left runs and the
 * stretches between them that hold Latin letters or digits: code such as
 * `ws.close(1000, 'done');`, a range such as `1000–2999`, an anchor such as `#dom-websocket-close`.
 * Each of those is to be isolated left to right, whole; the spaces around it stay outside.
 */
export function ltrRuns(text: string): { text: string; ltr: boolean }[] {
  const runs: { text: string; ltr: boolean }[] = [];
  const pushBetween = (between: string) => {
    const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(between)!;
    const [, lead, core, trail] = m;
    if (lead) runs.push({ text: lead, ltr: false });
    if (core) runs.push({ text: core, ltr: /[A-Za-z0-9]/.test(core) });
    if (trail) runs.push({ text: trail, ltr: false });
  };
  let last = 0;
  for (const match of text.matchAll(ARABIC_RUN)) {
    if (match.index > last) pushBetween(text.slice(last, match.index));
    runs.push({ text: match[0], ltr: false });
    last = match.index + match[0].length;
  }
  if (last < text.length) pushBetween(text.slice(last));
  return runs;
}
