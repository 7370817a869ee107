// First-load weight of a built page: the HTML document, its stylesheets, its module scripts and
// everything those scripts import statically (dynamic import() is left out: it runs on
// interaction). Each file is gzipped at level 6 (zlib's and gzip's default), like a host would.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (buf) => gzipSync(buf, { level: 6 }).length;

function attr(tag, name) {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

/** Static `import … from "x"`, `import "x"` and `export … from "x"` specifiers of an ES module. */
export function staticImports(code) {
  const out = [];
  const re = /(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+)["']/g;
  for (const m of code.matchAll(re)) out.push(m[1]);
  return out;
}

function fileFor(dist, urlPath) {
  const path = decodeURIComponent(urlPath);
  const file = join(dist, path);
  return path.endsWith('/') ? join(file, 'index.html') : file;
}

/** Measures one page, e.g. `/en/1006/`. */
export function firstLoad(dist, pagePath) {
  const base = new URL(pagePath, 'http://site.invalid');
  const files = [];
  const seen = new Set();
  const add = (kind, url, via) => {
    if (seen.has(url)) return null;
    seen.add(url);
    const file = fileFor(dist, url);
    if (!existsSync(file)) {
      files.push({ kind, url, via, missing: true, bytes: 0, gzip: 0 });
      return null;
    }
    const buf = readFileSync(file);
    files.push({ kind, url, via, bytes: buf.length, gzip: gz(buf) });
    return buf;
  };
  const html = add('html', base.pathname, 'document');
  if (!html) throw new Error(`No built page for ${pagePath}`);
  const text = html.toString('utf8');
  const notCounted = [];
  for (const [tag] of text.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attr(tag, 'href');
    if (!href) continue;
    const url = new URL(href, base);
    if (url.origin !== base.origin) continue;
    if (rel.includes('stylesheet')) add('css', url.pathname, 'link rel=stylesheet');
    else if (rel.includes('modulepreload')) addScript(url.pathname, 'link rel=modulepreload');
    else if (rel.includes('icon') || rel.includes('preload')) notCounted.push({ rel: rel.join(' '), url: url.pathname });
  }
  const queue = [];
  function addScript(url, via) {
    const buf = add('js', url, via);
    if (buf) queue.push({ url, code: buf.toString('utf8') });
  }
  for (const [tag] of text.matchAll(/<script\b[^>]*>/gi)) {
    const src = attr(tag, 'src');
    if (!src) continue;
    const url = new URL(src, base);
    if (url.origin === base.origin) addScript(url.pathname, `script${/type\s*=\s*"?module/i.test(tag) ? ' type=module' : ''}`);
  }
  const inlineScripts = [...text.matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)].filter((m) => m[1].trim()).length;
  while (queue.length) {
    const { url, code } = queue.shift();
    for (const spec of staticImports(code)) {
      if (!/^(\.{0,2}\/)/.test(spec)) continue; // bare specifiers cannot occur in a built bundle
      addScript(new URL(spec, new URL(url, base)).pathname, `static import from ${url}`);
    }
  }
  const sum = (kind, key) => files.filter((f) => !kind || f.kind === kind).reduce((a, f) => a + f[key], 0);
  return {
    page: pagePath,
    htmlGzip: sum('html', 'gzip'),
    cssGzip: sum('css', 'gzip'),
    jsGzip: sum('js', 'gzip'),
    totalGzip: sum(null, 'gzip'),
    htmlBytes: sum('html', 'bytes'),
    cssBytes: sum('css', 'bytes'),
    jsBytes: sum('js', 'bytes'),
    totalBytes: sum(null, 'bytes'),
    inlineScripts,
    files,
    notCounted,
  };
}
