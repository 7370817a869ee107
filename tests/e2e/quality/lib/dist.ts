/**
 * Shared helpers for the quality gates that read the built site in dist/ directly:
 * listing files, mapping them to URLs, a small HTML tokenizer (Astro's output is
 * machine-written, so a tokenizer is enough: no tree is needed for these checks) and
 * the site's public origin as the build wrote it.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';

/** The built site; QUALITY_DIST points the gates at another copy (used to prove they fail). */
export const DIST = process.env.QUALITY_DIST ?? join(process.cwd(), 'dist');

/** Every file under a folder, as paths relative to it with `/` separators, sorted. */
export function listFiles(root: string = DIST, filter: (rel: string) => boolean = () => true): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) {
        const rel = relative(root, full).split(sep).join('/');
        if (filter(rel)) out.push(rel);
      }
    }
  };
  walk(root);
  return out.sort();
}

/** `en/1006/index.html` → `/en/1006/`; `en/404.html` → `/en/404.html`. */
export function urlPathOf(rel: string): string {
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

/**
 * Where a URL path lands in dist/, the way static hosts serve it (and scripts/serve.mjs):
 * a file as is, `/x/` → `x/index.html`. A directory without its trailing slash is reported
 * separately: the site is built with `trailingSlash: 'always'`, so such a link only works
 * through a redirect.
 */
export function resolveInDist(pathname: string): { file: string } | { error: string } {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { error: 'undecodable percent-encoding' };
  }
  const normal = posix.normalize(decoded);
  if (!normal.startsWith('/')) return { error: 'not an absolute path' };
  if (normal.split('/').includes('..')) return { error: 'escapes the site root' };
  const rel = normal.slice(1);
  const full = join(DIST, rel);
  if (decoded.endsWith('/')) {
    const index = join(full, 'index.html');
    return existsSync(index) ? { file: `${rel}index.html` } : { error: 'no such page (no index.html)' };
  }
  if (existsSync(full) && statSync(full).isFile()) return { file: rel };
  if (existsSync(join(full, 'index.html'))) return { error: 'directory link without its trailing slash (works only through a redirect)' };
  return { error: 'no such file' };
}

export interface Tag {
  name: string;
  attrs: Record<string, string>;
  /** Attribute names in source order, as written (to see duplicates and event handlers). */
  attrNames: string[];
  /** Character offset of `<` in the source. */
  offset: number;
  /** The tag as written, shortened, for messages. */
  source: string;
  /** Text content of raw-text elements (script, style, textarea, title). */
  text?: string;
}

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
const TAG_NAME = /<([a-zA-Z][^\s/>]*)/y;
const ATTR = /\s*([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?|\s*\/(?!>)/y;

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (all, body: string) => {
    if (body[0] === '#') {
      const cp = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(cp) ? String.fromCodePoint(cp) : all;
    }
    return NAMED[body.toLowerCase()] ?? all;
  });
}

/** All start tags of an HTML document, in source order. Throws on a tag it cannot read. */
export function tokenize(html: string): Tag[] {
  const tags: Tag[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    const next = html[lt + 1];
    if (next === '!' || next === '?' || next === '/') {
      const end = html.indexOf('>', lt);
      i = end < 0 ? html.length : end + 1;
      continue;
    }
    TAG_NAME.lastIndex = lt;
    const m = TAG_NAME.exec(html);
    if (!m) {
      i = lt + 1; // a bare `<` in text
      continue;
    }
    const name = m[1].toLowerCase();
    const attrs: Record<string, string> = {};
    const attrNames: string[] = [];
    let pos = TAG_NAME.lastIndex;
    for (;;) {
      ATTR.lastIndex = pos;
      const a = ATTR.exec(html);
      if (!a || a[0].length === 0) break;
      pos = ATTR.lastIndex;
      if (!a[1]) continue; // a stray `/`
      const attrName = a[1].toLowerCase();
      attrNames.push(attrName);
      if (!(attrName in attrs)) attrs[attrName] = decodeEntities(a[2] ?? a[3] ?? a[4] ?? '');
    }
    const close = /\s*\/?>/y;
    close.lastIndex = pos;
    if (!close.exec(html)) {
      throw new Error(`cannot read the <${name}> tag at offset ${lt}: ${JSON.stringify(html.slice(lt, lt + 120))}`);
    }
    const end = close.lastIndex;
    const tag: Tag = { name, attrs, attrNames, offset: lt, source: shorten(html.slice(lt, end)) };
    i = end;
    if (RAW_TEXT.has(name)) {
      const closeAt = html.toLowerCase().indexOf(`</${name}`, end);
      const stop = closeAt < 0 ? html.length : closeAt;
      tag.text = html.slice(end, stop);
      i = stop;
    }
    tags.push(tag);
  }
  return tags;
}

export function shorten(s: string, max = 160): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

export interface Page {
  /** Path relative to dist/, e.g. `en/1006/index.html`. */
  file: string;
  /** Its URL path, e.g. `/en/1006/`. */
  path: string;
  html: string;
  tags: Tag[];
}

let pagesCache: Page[] | undefined;
/** Every built HTML page, read and tokenized once per worker. */
export function htmlPages(): Page[] {
  pagesCache ??= listFiles(DIST, (f) => f.endsWith('.html')).map((file) => {
    const html = readFileSync(join(DIST, file), 'utf8');
    let tags: Tag[];
    try {
      tags = tokenize(html);
    } catch (e) {
      throw new Error(`${file}: ${(e as Error).message}`);
    }
    return { file, path: urlPathOf(file), html, tags };
  });
  return pagesCache;
}

/** The public origin the build used (`site` in astro.config.mjs), from the sitemap index. */
export function siteOrigin(): string {
  const file = join(DIST, 'sitemap-index.xml');
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
  const index = readFileSync(file, 'utf8');
  const loc = /<loc>([^<]+)<\/loc>/.exec(index);
  if (!loc) throw new Error('dist/sitemap-index.xml has no <loc>');
  return new URL(decodeEntities(loc[1].trim())).origin;
}

/** The URL-valued attributes of a tag, with srcset split into its URLs. */
export function urlAttributes(tag: Tag): { attr: string; value: string }[] {
  const out: { attr: string; value: string }[] = [];
  for (const attr of ['href', 'src', 'action', 'formaction', 'poster', 'data', 'cite', 'background', 'xlink:href']) {
    if (attr in tag.attrs) out.push({ attr, value: tag.attrs[attr] });
  }
  for (const attr of ['srcset', 'imagesrcset']) {
    if (!(attr in tag.attrs)) continue;
    for (const candidate of splitSrcset(tag.attrs[attr])) out.push({ attr, value: candidate });
  }
  // <meta http-equiv="refresh" content="0;url=/x/">
  if (tag.name === 'meta' && tag.attrs['http-equiv']?.toLowerCase() === 'refresh') {
    const m = /url\s*=\s*['"]?([^'"]+)/i.exec(tag.attrs.content ?? '');
    if (m) out.push({ attr: 'content (refresh)', value: m[1].trim() });
  }
  return out;
}

/** The URLs of a srcset value (`a.png 1x, b.png 2x`), following the HTML parsing rules. */
export function splitSrcset(value: string): string[] {
  const urls: string[] = [];
  let i = 0;
  while (i < value.length) {
    while (i < value.length && /[\s,]/.test(value[i])) i++;
    if (i >= value.length) break;
    let j = i;
    while (j < value.length && !/\s/.test(value[j])) j++;
    let url = value.slice(i, j);
    i = j;
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      // descriptors run to the next comma outside parentheses
      let depth = 0;
      while (i < value.length && !(value[i] === ',' && depth === 0)) {
        if (value[i] === '(') depth++;
        else if (value[i] === ')') depth = Math.max(0, depth - 1);
        i++;
      }
    }
    if (url) urls.push(url);
  }
  return urls;
}

/** `url(...)` and `@import` targets in CSS text, comments removed. */
export function cssUrls(css: string): string[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const out: string[] = [];
  for (const m of text.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)/gi)) out.push((m[1] ?? m[2] ?? m[3] ?? '').trim());
  for (const m of text.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/gi)) out.push(m[1] ?? m[2] ?? '');
  return out;
}

/** Groups failures into one readable message: `page: problem`, capped. */
export function report(title: string, failures: string[], cap = 60): string {
  if (failures.length === 0) return '';
  const shown = failures.slice(0, cap).map((f) => `  - ${f}`);
  const more = failures.length > cap ? [`  … and ${failures.length - cap} more`] : [];
  return [`${title}: ${failures.length} problem(s)`, ...shown, ...more].join('\n');
}

/**
 * Groups failures by kind (e.g. a rule and its message) so a problem repeated on hundreds of
 * pages reads as one line with its count and a few example locations.
 */
export function groupedReport(title: string, failures: { kind: string; where: string }[], examples = 4): string {
  if (failures.length === 0) return '';
  const groups = new Map<string, string[]>();
  for (const f of failures) {
    const where = groups.get(f.kind) ?? [];
    if (!where.includes(f.where)) where.push(f.where);
    groups.set(f.kind, where);
  }
  const lines = [`${title}: ${failures.length} problem(s) of ${groups.size} kind(s)`];
  for (const [kind, where] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
    lines.push(`  - ${kind} — ${where.length}×, e.g. ${where.slice(0, examples).join(', ')}${where.length > examples ? ', …' : ''}`);
  }
  return lines.join('\n');
}
