// How much of a pair page's text also stands on the two code pages: the share of its sentences
// (by characters) that occur word for word on either code page. Used by the bench (reported
// per language) and by the build-output test (held to a limit).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };
/** Sentences shorter than this are labels and numbers ("Who sends it:", "1006"), not text. */
const MIN_SENTENCE = 12;

/** The sentences of a page's main content, breadcrumbs left out. */
export function sentences(html) {
  const main = /<main\b[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1] ?? '';
  const text = main
    .replace(/<(script|style|nav)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<\/(p|li|h[1-6]|dd|dt|td|th|div|section|pre|figcaption|summary)>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name) => ENTITIES[name]);
  return text
    .split('\n')
    .flatMap((block) => block.split(/(?<=[.!?؟])\s+/))
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.length >= MIN_SENTENCE);
}

const pageSentences = (dist, path) => sentences(readFileSync(join(dist, path, 'index.html'), 'utf8'));

/** Share (0–1) of one pair page's text that also stands on the pages of its two codes. */
export function pairOverlap(dist, lang, low, high) {
  const own = pageSentences(dist, `${lang}/compare/${low}-vs-${high}`);
  const codes = new Set([...pageSentences(dist, `${lang}/${low}`), ...pageSentences(dist, `${lang}/${high}`)]);
  const total = own.reduce((n, s) => n + s.length, 0);
  const shared = own.filter((s) => codes.has(s)).reduce((n, s) => n + s.length, 0);
  return total ? shared / total : 0;
}

/** Every canonical pair page of every language: the median and the worst share per language. */
export function allPairOverlaps(dist, langs) {
  const out = {};
  for (const lang of langs) {
    const pairs = readdirSync(join(dist, lang, 'compare'))
      .map((slug) => slug.split('-vs-').map(Number))
      .filter(([a, b]) => a < b);
    const shares = pairs.map(([a, b]) => ({ pair: `${a}-vs-${b}`, share: pairOverlap(dist, lang, a, b) })).sort((x, y) => x.share - y.share);
    const worst = shares.at(-1);
    out[lang] = {
      pages: shares.length,
      median: shares[Math.floor(shares.length / 2)]?.share ?? 0,
      max: worst?.share ?? 0,
      worst: worst?.pair ?? null,
    };
  }
  return out;
}
