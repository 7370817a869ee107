import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/**
 * Gate 5: axe-core finds no WCAG 2.0/2.1/2.2 A and AA violation on each kind of page, in
 * every language, in light and dark colour schemes.
 */

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const LANGS = ['en', 'ar', 'ru'] as const;
const PAGES: { name: string; path: (lang: string) => string; expectStatus: number; ready?: (page: Page) => Promise<void> }[] = [
  { name: 'home', path: (l) => `/${l}/`, expectStatus: 200 },
  { name: 'code 1006', path: (l) => `/${l}/1006/`, expectStatus: 200 },
  { name: 'pair 1001-vs-1002', path: (l) => `/${l}/compare/1001-vs-1002/`, expectStatus: 200 },
  { name: 'range 4000-4999', path: (l) => `/${l}/ranges/4000-4999/`, expectStatus: 200 },
  { name: 'application number 4004', path: (l) => `/${l}/4004/`, expectStatus: 200 },
  { name: 'system centrifugo', path: (l) => `/${l}/apps/centrifugo/`, expectStatus: 200 },
  {
    name: 'search with a query',
    path: (l) => `/${l}/search/?q=1006`,
    expectStatus: 200,
    // the results have been rendered
    ready: async (page) => {
      await expect(page.locator('.search-results li a').first()).toBeVisible();
    },
  },
  { name: '404', path: (l) => `/${l}/no-such-page/`, expectStatus: 404 },
];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe (${TAGS.join(', ')}), ${colorScheme}`, () => {
    for (const lang of LANGS) {
      for (const { name, path, expectStatus, ready } of PAGES) {
        test(`${lang} ${name}: ${path(lang)}`, async ({ page }) => {
          await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
          const response = await page.goto(path(lang));
          expect(response?.status()).toBe(expectStatus);
          await expect(page.locator('html')).toHaveAttribute('lang', lang);
          await ready?.(page);
          await page.waitForLoadState('networkidle');
          expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
          const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
          const violations = results.violations.map((v) => ({
            rule: v.id,
            impact: v.impact,
            help: v.help,
            nodes: summarize(v.nodes.map((n) => ({ target: n.target.join(' '), summary: (n.failureSummary ?? '').replace(/\s+/g, ' ') }))),
          }));
          expect(violations, `axe violations on ${path(lang)} (${colorScheme}):\n${JSON.stringify(violations, null, 2)}`).toEqual([]);
          // axe really ran its rules on this page
          expect(results.passes.length).toBeGreaterThan(10);
        });
      }
    }
  });
}

/** One line per distinct failure summary, with how many elements and a few of them. */
function summarize(nodes: { target: string; summary: string }[]): string[] {
  const groups = new Map<string, string[]>();
  for (const n of nodes) groups.set(n.summary, [...(groups.get(n.summary) ?? []), n.target]);
  return [...groups].map(([summary, targets]) => `${targets.length}× e.g. ${targets.slice(0, 3).join(' | ')} — ${summary.slice(0, 300)}`);
}
