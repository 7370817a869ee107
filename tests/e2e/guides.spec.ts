import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';

/** The library and browser guides, in every language: structure, links to the code pages, the index. */
const LANGS = ['en', 'ar', 'ru'] as const;
const libraries = readdirSync('content/libraries')
  .map((f) => parse(readFileSync(join('content/libraries', f), 'utf8')) as { id: string; name: string; kind: string; codes: { code: number; identifier?: string }[] })
  .filter((l) => l.kind !== 'infrastructure');
const ui = Object.fromEntries(LANGS.map((l) => [l, JSON.parse(readFileSync(`locales/${l}.json`, 'utf8'))])) as Record<
  string,
  { sections: Record<string, string>; guide: Record<string, string> }
>;

for (const lang of LANGS) {
  test(`${lang}: the gorilla/websocket guide reads, links its constants to the code pages and shows a Go example`, async ({ page }) => {
    await page.goto(`/${lang}/libraries/gorilla/`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toContainText('gorilla/websocket');
    for (const kind of ['reading', 'closing', 'quirks', 'example']) {
      await expect(page.locator(`h2#${kind}`)).toHaveText(ui[lang]!.sections[kind]!);
    }
    await expect(page.locator('h2#example + pre, #example ~ pre').first()).toContainText('websocket.');
    const gorilla = libraries.find((l) => l.id === 'gorilla')!;
    const constants = page.locator('#constants + .table-wrap tbody tr');
    await expect(constants).toHaveCount(gorilla.codes.filter((c) => c.identifier).length);
    const first = gorilla.codes.filter((c) => c.identifier).sort((a, b) => a.code - b.code)[0]!;
    await expect(constants.first().locator('a').first()).toHaveAttribute('href', `/${lang}/${first.code}/`);
    // Every source note resolves to the numbered list.
    for (const ref of await page.locator('main a[href^="#source-"]').all()) {
      const id = (await ref.getAttribute('href'))!.slice(1);
      await expect(page.locator(`li#${id} a`)).toHaveAttribute('href', /^https:\/\//);
    }
  });

  test(`${lang}: the index lists every library and browser, and a code page links to the guides`, async ({ page }) => {
    await page.goto(`/${lang}/libraries/`);
    const links = await page.locator('main .code-list.names a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.sort()).toEqual(libraries.map((l) => `/${lang}/libraries/${l.id}/`).sort());
    await page.goto(`/${lang}/1001/`);
    await expect(page.locator('#libraries + .table-wrap a[href$="/libraries/tomcat/"]')).toHaveCount(1);
    await expect(page.locator(`#browser-firefox a`)).toHaveAttribute('href', `/${lang}/libraries/firefox/`);
  });
}
