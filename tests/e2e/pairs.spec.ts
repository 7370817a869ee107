import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { allPairOverlaps, pairOverlap } from '../../scripts/bench/overlap.mjs';

/**
 * Comparison pages: a hand-written text for every related pair in every language, the "how to
 * tell them apart" sentences, a short card per code instead of copies of both code pages.
 */
const LANGS = ['en', 'ar', 'ru'] as const;
const DIST = join(process.cwd(), 'dist');
const facts = readdirSync('content/codes').map((f) => parse(readFileSync(join('content/codes', f), 'utf8')) as { code: number; related: number[] });
const related = [...new Set(facts.flatMap((f) => f.related.map((r) => [Math.min(f.code, r), Math.max(f.code, r)].join('-vs-'))))].sort();
const ui = Object.fromEntries(LANGS.map((l) => [l, JSON.parse(readFileSync(`locales/${l}.json`, 'utf8'))])) as Record<string, { compare: Record<string, string> }>;

test('every related pair has its own text in every language, in the search index', () => {
  expect(related).toHaveLength(47);
  for (const lang of LANGS) {
    for (const slug of related) {
      const html = readFileSync(join(DIST, lang, 'compare', slug, 'index.html'), 'utf8');
      // Hand-written comparisons are the only pair pages Pagefind indexes.
      expect(html, `${lang}/${slug}`).toContain('data-pagefind-body');
    }
  }
});

test('no pair page repeats more than 30% of its text from its two code pages', () => {
  const overlaps = allPairOverlaps(DIST, LANGS);
  for (const lang of LANGS) expect(overlaps[lang]!.max, `${lang}: worst ${overlaps[lang]!.worst}`).toBeLessThanOrEqual(0.3);
  // The measure is not blind: each card's summary is the code page's own lead, and counts as copied.
  expect(pairOverlap(DIST, 'en', 1000, 1001)).toBeGreaterThan(0);
});

for (const lang of LANGS) {
  test(`${lang}: 1005 vs 1006 tells the two apart from the facts and links each code instead of copying it`, async ({ page }) => {
    await page.goto(`/${lang}/compare/1005-vs-1006/`);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h2#differences')).toHaveText(ui[lang]!.compare.differencesHeading!);
    const tells = page.locator('#differences ~ ul').first().locator('li');
    // wasClean differs (true after an empty Close frame, always false without one), and the console lines are named.
    await expect(tells.filter({ hasText: 'wasClean' })).toHaveCount(1);
    await expect(tells.filter({ hasText: 'Chrome' }).first()).toBeVisible();
    // Neither code carries a reason: that is shared, not a difference.
    await expect(page.locator('#similarities ~ ul li').filter({ hasText: 'CloseEvent.reason' })).toHaveCount(1);
    // A card per code with its summary and a link; none of the code pages' sections.
    await expect(page.locator('.pair-cards .card')).toHaveCount(2);
    for (const code of [1005, 1006]) await expect(page.locator(`.pair-cards a[href="/${lang}/${code}/"]`).first()).toBeVisible();
    await expect(page.locator('main section[aria-labelledby^="code-"]')).toHaveCount(0);
  });
}
