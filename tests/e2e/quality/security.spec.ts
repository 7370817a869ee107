import { readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { expect, test, type Page as BrowserPage } from '@playwright/test';
import { DIST, cssUrls, groupedReport, htmlPages, listFiles, siteOrigin, urlAttributes, type Tag } from './lib/dist';

/**
 * Gate 4: the site loads nothing from other hosts, every page with a script carries a
 * Content-Security-Policy that forbids inline script, there is no inline script or inline
 * event handler, and the search page shows a hostile query as text without running it.
 */

const ORIGIN = siteOrigin();
const SITE_HOST = new URL(ORIGIN).host;
type Finding = { kind: string; where: string };

/** Whether a URL (as written in HTML/CSS) would be requested from another host. */
function thirdPartyHost(value: string): string | null {
  const v = value.trim();
  if (/^(data|blob|mailto|tel|about):/i.test(v) || v.startsWith('#')) return null;
  if (!/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(v)) return null; // relative: same origin
  try {
    const url = new URL(v, ORIGIN);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return url.protocol;
    return url.host === SITE_HOST ? null : url.host;
  } catch {
    return v;
  }
}

/** Elements whose URL attribute is a navigation the user chooses, not a request the page makes. */
function isNavigation(tag: Tag, attr: string): boolean {
  return (tag.name === 'a' || tag.name === 'area') && attr === 'href';
}

test.describe('no request to another host', () => {
  test('HTML: no src/href/action/srcset or CSS url() outside the site (except <a href> navigations)', () => {
    const findings: Finding[] = [];
    for (const page of htmlPages()) {
      for (const tag of page.tags) {
        for (const { attr, value } of urlAttributes(tag)) {
          const host = thirdPartyHost(value);
          if (host && !isNavigation(tag, attr)) findings.push({ kind: `<${tag.name} ${attr}> loads from ${host}`, where: `${page.path} ${tag.source}` });
        }
        const css = [tag.attrs.style ?? '', tag.name === 'style' ? (tag.text ?? '') : ''].join('\n');
        for (const url of cssUrls(css)) {
          const host = thirdPartyHost(url);
          if (host) findings.push({ kind: `inline CSS url() loads from ${host}`, where: `${page.path} ${tag.source}` });
        }
      }
    }
    expect(findings.length, groupedReport('third-party references in HTML', findings)).toBe(0);
  });

  test('CSS files: every url() and @import is same-origin or data:', () => {
    const files = listFiles(DIST, (f) => f.endsWith('.css'));
    expect(files.length).toBeGreaterThan(0);
    const findings: Finding[] = [];
    for (const file of files) {
      for (const url of cssUrls(readFileSync(join(DIST, file), 'utf8'))) {
        const host = thirdPartyHost(url);
        if (host) findings.push({ kind: `url() loads from ${host}`, where: `${file}: ${url.slice(0, 100)}` });
      }
    }
    expect(findings.length, groupedReport('third-party references in CSS', findings)).toBe(0);
  });

  /**
   * Absolute URLs inside scripts that are identifiers, never requested. Anything else found in a
   * script the site loads fails.
   */
  const JS_NON_REQUEST_HOSTS: Record<string, string> = {
    'www.w3.org': 'XML namespace URIs (http://www.w3.org/2000/svg) passed to createElementNS',
    'example.com': 'reserved domain (RFC 2606) that Pagefind uses as a dummy base for new URL() to normalise paths',
  };

  test('JavaScript the site loads names no other host', () => {
    // Scripts reachable from the pages: <script src>, <link rel=modulepreload>, then every
    // `.js` path named in a loaded script (imports, workers), transitively.
    const queue: string[] = [];
    for (const page of htmlPages()) {
      for (const tag of page.tags) {
        const url = tag.name === 'script' ? tag.attrs.src : tag.name === 'link' && /preload/.test(tag.attrs.rel ?? '') ? tag.attrs.href : undefined;
        if (url && !thirdPartyHost(url)) queue.push(new URL(url, `${ORIGIN}${page.path}`).pathname.slice(1));
      }
    }
    const reachable = new Set<string>();
    const all = new Set(listFiles(DIST, (f) => /\.m?js$/.test(f)));
    while (queue.length) {
      const file = queue.pop()!;
      if (reachable.has(file) || !all.has(file)) continue;
      reachable.add(file);
      const source = readFileSync(join(DIST, file), 'utf8');
      for (const m of source.matchAll(/["'`]([^"'`\s]*?\.m?js)["'`]/g)) {
        const spec = m[1];
        const bare = spec.replace(/^.*\}/, ''); // `${basePath}pagefind-worker.js` → the file beside it
        for (const candidate of [
          spec.startsWith('/') ? spec.slice(1) : posix.join(dirname(file), spec),
          posix.join(dirname(file), bare),
        ]) {
          if (all.has(candidate)) queue.push(candidate);
        }
      }
    }
    expect([...reachable].some((f) => f.startsWith('_astro/')), 'found the site’s own scripts').toBe(true);
    expect(reachable.has('pagefind/pagefind.js'), 'followed the dynamic import of Pagefind').toBe(true);

    const findings: Finding[] = [];
    for (const file of reachable) {
      const source = readFileSync(join(DIST, file), 'utf8');
      const hosts = [
        ...[...source.matchAll(/\bhttps?:\/\/([a-z0-9-]+(?:\.[a-z0-9-]+)+|localhost)/gi)].map((m) => m[1].toLowerCase()),
        ...[...source.matchAll(/["'`]\/\/([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi)].map((m) => m[1].toLowerCase()),
      ];
      for (const host of new Set(hosts)) {
        if (host !== SITE_HOST && !(host in JS_NON_REQUEST_HOSTS)) findings.push({ kind: `script names ${host}`, where: file });
      }
      if (/\bwss?:\/\//.test(source)) findings.push({ kind: 'script opens a WebSocket to an absolute address', where: file });
    }
    expect(findings.length, groupedReport('third-party references in loaded scripts', findings)).toBe(0);
  });
});

/** Parses a CSP string into directive → sources. */
function parseCsp(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !out.has(name.toLowerCase())) out.set(name.toLowerCase(), sources);
  }
  return out;
}

test.describe('Content-Security-Policy and inline code', () => {
  test('every page with a script has a CSP meta in <head>, before any script, that forbids inline script', () => {
    const findings: Finding[] = [];
    let withScripts = 0;
    for (const page of htmlPages()) {
      const firstScript = page.tags.findIndex((t) => t.name === 'script');
      if (firstScript < 0) continue;
      withScripts++;
      const cspIndex = page.tags.findIndex((t) => t.name === 'meta' && t.attrs['http-equiv']?.toLowerCase() === 'content-security-policy');
      const bodyIndex = page.tags.findIndex((t) => t.name === 'body');
      if (cspIndex < 0) {
        findings.push({ kind: 'page has a script but no Content-Security-Policy meta', where: page.path });
        continue;
      }
      if (bodyIndex >= 0 && cspIndex > bodyIndex) findings.push({ kind: 'CSP meta is outside <head> (ignored by browsers)', where: page.path });
      if (cspIndex > firstScript) findings.push({ kind: 'CSP meta comes after a script (does not cover it)', where: page.path });
      const csp = parseCsp(page.tags[cspIndex].attrs.content ?? '');
      const scriptSrc = csp.get('script-src') ?? csp.get('default-src');
      if (!scriptSrc) {
        findings.push({ kind: 'CSP has neither script-src nor default-src', where: page.path });
        continue;
      }
      for (const source of scriptSrc) {
        const s = source.toLowerCase();
        if (s === "'unsafe-inline'" || s === "'unsafe-eval'" || s === "'unsafe-hashes'") findings.push({ kind: `script-src allows ${s}`, where: page.path });
        else if (['*', 'http:', 'https:', 'data:', 'blob:'].includes(s)) findings.push({ kind: `script-src allows any source of ${s}`, where: page.path });
        else if (!s.startsWith("'")) findings.push({ kind: `script-src allows another host (${s})`, where: page.path });
      }
      const objectSrc = csp.get('object-src') ?? csp.get('default-src');
      if (!objectSrc || !objectSrc.includes("'none'")) findings.push({ kind: "CSP does not set object-src 'none'", where: page.path });
      if (!csp.get('base-uri')) findings.push({ kind: 'CSP does not restrict base-uri', where: page.path });
    }
    expect(withScripts).toBeGreaterThan(500);
    expect(findings.length, groupedReport('CSP problems', findings)).toBe(0);
  });

  test('no inline <script> (JSON-LD excepted), no inline event handler, no javascript: URL', () => {
    const findings: Finding[] = [];
    for (const page of htmlPages()) {
      for (const tag of page.tags) {
        if (tag.name === 'script' && !('src' in tag.attrs) && (tag.attrs.type ?? '').toLowerCase() !== 'application/ld+json') {
          findings.push({ kind: 'inline <script>', where: `${page.path} ${tag.source} ${(tag.text ?? '').slice(0, 60)}` });
        }
        for (const name of tag.attrNames) {
          if (/^on[a-z]/.test(name)) findings.push({ kind: `inline event handler ${name}=`, where: `${page.path} ${tag.source}` });
        }
        for (const { attr, value } of urlAttributes(tag)) {
          if (/^\s*javascript:/i.test(value)) findings.push({ kind: `javascript: URL in ${attr}`, where: `${page.path} ${tag.source}` });
        }
      }
    }
    expect(findings.length, groupedReport('inline code', findings)).toBe(0);
  });
});

/** Records anything the page injects from the query, dialogs, CSP violations and foreign requests. */
async function watch(page: BrowserPage, baseURL: string | undefined) {
  const origin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
  const problems: string[] = [];
  page.on('dialog', (d) => {
    problems.push(`dialog opened: ${d.type()} ${d.message()}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) {
      problems.push(`request to another origin: ${r.url()}`);
    }
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __qualityLog: string[] };
    w.__qualityLog = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__qualityLog.push(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
    new MutationObserver((records) => {
      for (const r of records) {
        for (const node of r.addedNodes) {
          if (!(node instanceof Element)) continue;
          for (const el of [node, ...node.querySelectorAll('*')]) {
            if (el.hasAttribute('data-xss') || el.matches('img[src="x"], script:not([src]), iframe, object, embed') || [...el.attributes].some((a) => a.name.startsWith('on'))) {
              w.__qualityLog.push(`injected element: ${el.outerHTML.slice(0, 120)}`);
            }
          }
        }
      }
    }).observe(document, { childList: true, subtree: true });
  });
  return problems;
}

test.describe('search shows hostile queries as text', () => {
  const CASES = [
    { lang: 'en', query: '<img src=x onerror="window.__pwned=1;alert(1)" data-xss>' },
    { lang: 'ar', query: '<script>window.__pwned=2;alert(2)</script><b data-xss>١٠٠٦</b>' },
    { lang: 'ru', query: '"><svg data-xss onload=alert(3)><a href="javascript:alert(4)" data-xss>x</a>' },
  ];
  for (const { lang, query } of CASES) {
    test(`/${lang}/search/?q=${query.slice(0, 30)}…`, async ({ page, baseURL }) => {
      const problems = await watch(page, baseURL);
      await page.goto(`/${lang}/search/?q=${encodeURIComponent(query)}`);
      const root = page.locator('[data-search-page]');
      const strings = JSON.parse((await root.getAttribute('data-strings')) ?? '{}') as { searching: string; failed: string };
      const status = root.locator('[role="status"]');
      const noScript = readFileSync(join(DIST, lang, 'search', 'index.html'), 'utf8').match(/<p role="status"[^>]*>([^<]*)<\/p>/)?.[1] ?? '\u0000';
      // The search has finished: its status is neither the no-JavaScript text, nor empty, nor "searching".
      await expect(status).not.toHaveText(new RegExp(`^(|${escapeRegExp(strings.searching)}|${escapeRegExp(noScript.trim())})$`));
      await expect(status).not.toHaveText(strings.failed);
      await page.waitForLoadState('networkidle');

      await expect(page.locator('#search-page-input')).toHaveValue(query);
      const state = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
        log: (window as unknown as { __qualityLog: string[] }).__qualityLog,
        marked: document.querySelectorAll('[data-xss], img[src="x"], svg[onload], [onerror], [onload]').length,
        inlineScripts: [...document.querySelectorAll('script:not([src])')].map((s) => s.outerHTML.slice(0, 80)),
      }));
      expect(state, JSON.stringify(problems)).toEqual({ pwned: null, log: [], marked: 0, inlineScripts: [] });
      expect(problems).toEqual([]);
    });
  }

  test('pages load nothing from another origin and break no CSP rule (home, code, search)', async ({ page, baseURL }) => {
    const problems = await watch(page, baseURL);
    for (const path of ['/en/', '/ar/1006/', '/ru/compare/1001-vs-1002/', '/en/search/?q=1006', '/ar/search/?q=%D8%A5%D8%BA%D9%84%D8%A7%D9%82']) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      const log = await page.evaluate(() => (window as unknown as { __qualityLog: string[] }).__qualityLog);
      expect(log, path).toEqual([]);
    }
    // Opening the header search loads its code, the index and the WebAssembly.
    await page.goto('/ru/1006/');
    await page.keyboard.press('/');
    await page.keyboard.type('1006');
    await expect(page.locator('form[data-search-box] [role="option"]').first()).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __qualityLog: string[] }).__qualityLog)).toEqual([]);
    expect(problems).toEqual([]);
  });
});

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
