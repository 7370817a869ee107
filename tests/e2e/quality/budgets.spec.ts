import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

/**
 * Size budgets (issue: performance). Deterministic, so asserted on every run: what a page
 * loads before any interaction (HTML, stylesheets, module scripts and their static imports),
 * gzip-compressed at level 6 (a static host's usual setting), stays within 14,600 bytes (ten
 * TCP segments of 1,460 bytes: the first round trip), of which at most 2 KB is script. The
 * same definition as `npm run bench`.
 */
const DIST = join(process.cwd(), 'dist');
const TOTAL_BUDGET = 14_600;
const SCRIPT_BUDGET = 2_000;

const gz = (path: string) => gzipSync(readFileSync(join(DIST, path)), { level: 6 }).length;

/** A script and everything it imports statically (dynamic `import()` loads on use, so it is left out). */
function scriptClosure(path: string, seen = new Set<string>()): Set<string> {
  if (seen.has(path)) return seen;
  seen.add(path);
  const source = readFileSync(join(DIST, path), 'utf8');
  for (const match of source.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
    const spec = match[1]!;
    const resolved = spec.startsWith('/') ? spec.slice(1) : join(path, '..', spec);
    scriptClosure(resolved, seen);
  }
  return seen;
}

function firstLoad(page: string) {
  const html = readFileSync(join(DIST, page, 'index.html'), 'utf8');
  const styles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!.slice(1));
  const scripts = new Set<string>();
  for (const m of html.matchAll(/<script[^>]+src="([^"]+)"/g)) for (const s of scriptClosure(m[1]!.slice(1))) scripts.add(s);
  const htmlBytes = gzipSync(html, { level: 6 }).length;
  const cssBytes = styles.reduce((sum, s) => sum + gz(s), 0);
  const jsBytes = [...scripts].reduce((sum, s) => sum + gz(s), 0);
  return { htmlBytes, cssBytes, jsBytes, total: htmlBytes + cssBytes + jsBytes, scripts: [...scripts] };
}

test.describe('first-load size budget', () => {
  for (const lang of ['en', 'ar', 'ru']) {
    for (const page of [`${lang}`, `${lang}/1006`, `${lang}/compare/1001-vs-1002`, `${lang}/libraries/chrome`, `${lang}/4004`, `${lang}/apps/centrifugo`, `${lang}/3000`]) {
      test(`/${page}/ stays within 14,600 bytes gzip, 2 KB of it script`, () => {
        const load = firstLoad(page);
        expect(load.scripts.length, 'the search bootstrap script is counted').toBeGreaterThan(0);
        expect(load.jsBytes, JSON.stringify(load)).toBeLessThanOrEqual(SCRIPT_BUDGET);
        expect(load.total, JSON.stringify(load)).toBeLessThanOrEqual(TOTAL_BUDGET);
      });
    }
  }

  test('no page loads Pagefind or the data API before search is used', () => {
    for (const page of ['en', 'ar/1006', 'ru/compare/1001-vs-1002']) {
      for (const script of firstLoad(page).scripts) {
        const source = readFileSync(join(DIST, script), 'utf8');
        expect(source.includes('pagefind') && !source.includes('import(')).toBe(false);
      }
    }
  });
});
