import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

/**
 * Close codes that applications define: the number pages (one owner, several owners), the
 * system pages and their index, the registered codes they share, the API and search.
 */
const LANGS = ['en', 'ar', 'ru'] as const;
interface ApiApplicationCode {
  code: number;
  registered: boolean;
  urls: Record<string, string>;
  systems: { system: string; name: string; reconnect: string; meanings: Record<string, string> }[];
}
interface ApiSystem {
  id: string;
  name: string;
  ranges: { min: number; max: number; rule: string | null }[];
  urls: Record<string, string>;
}
const api = JSON.parse(readFileSync(join('dist', 'api/codes.json'), 'utf8')) as {
  codes: { code: number }[];
  systems: ApiSystem[];
  applicationCodes: ApiApplicationCode[];
};
const ui = Object.fromEntries(LANGS.map((l) => [l, JSON.parse(readFileSync(`locales/${l}.json`, 'utf8'))])) as Record<
  string,
  { appNumber: Record<string, string>; apps: Record<string, unknown> }
>;
const number = (code: number) => api.applicationCodes.find((a) => a.code === code)!;
const systemsOf = (code: number) => [...new Set(number(code).systems.map((s) => s.system))];
const systemName = (id: string) => api.systems.find((s) => s.id === id)!.name;

async function expectLanguage(page: Page, lang: string) {
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
  await expect(page.locator('h1')).toHaveCount(1);
}

test('the data API lists 20 systems and every number they use, with a meaning in every language', () => {
  expect(api.systems).toHaveLength(20);
  expect(systemsOf(4004).length).toBeGreaterThanOrEqual(8);
  for (const entry of api.applicationCodes) {
    expect(entry.systems.length).toBeGreaterThan(0);
    for (const s of entry.systems) for (const lang of LANGS) expect(s.meanings[lang], `${entry.code} ${s.system} ${lang}`).toBeTruthy();
  }
  // The registered codes that systems reuse keep their place in `codes` and are marked in `applicationCodes`.
  expect(api.applicationCodes.filter((a) => a.registered).map((a) => a.code)).toEqual([3000, 3003, 3008]);
});

for (const lang of LANGS) {
  test(`${lang}: 4004, used by several systems, says so first and tells how to find which one`, async ({ page }) => {
    await page.goto(`/${lang}/4004/`);
    await expectLanguage(page, lang);
    await expect(page.locator('h1 code')).toHaveText('4004');
    const owners = systemsOf(4004);
    // The range comes first: the lead paragraph names 4000–4999 and what page script may do.
    await expect(page.locator('.lead')).toContainText('4000–4999');
    await expect(page.locator('.lead code')).toHaveText('close(4004)');
    await expect(page.locator('h2#which')).toHaveText(ui[lang]!.appNumber.whichHeading!);
    await expect(page.locator('#which ~ ul.identify-list > li')).toHaveCount(owners.length);
    // One section per system, each with its meaning and a link to the system's page.
    for (const id of owners) {
      const section = page.locator(`section:has(> #app-${id})`);
      await expect(section.locator('h2')).toHaveText(systemName(id));
      await expect(section.locator(`a[href="/${lang}/apps/${id}/"]`)).toBeVisible();
      const meaning = number(4004).systems.find((s) => s.system === id)!.meanings[lang]!.replace(/`/g, '');
      await expect(section.locator('dd').nth(1)).toHaveText(meaning);
    }
    // Every source note resolves.
    for (const ref of await page.locator('main a[href^="#source-"]').all()) {
      const id = (await ref.getAttribute('href'))!.slice(1);
      await expect(page.locator(`li#${id} a`)).toHaveAttribute('href', /^https:\/\//);
    }
  });

  test(`${lang}: 4099, with one owner, names it in the heading and needs no "which one"`, async ({ page }) => {
    await page.goto(`/${lang}/4099/`);
    await expectLanguage(page, lang);
    expect(systemsOf(4099)).toEqual(['tldraw-sync']);
    await expect(page.locator('h1')).toContainText(number(4099).systems[0]!.name);
    await expect(page.locator('#which')).toHaveCount(0);
    await expect(page.locator('section.app-use')).toHaveCount(1);
  });

  test(`${lang}: the Pusher page lists every code with its rule, its block rules, and links each number`, async ({ page }) => {
    await page.goto(`/${lang}/apps/pusher/`);
    await expectLanguage(page, lang);
    await expect(page.locator('h1')).toContainText('Pusher');
    const pusher = api.applicationCodes.filter((a) => a.systems.some((s) => s.system === 'pusher'));
    const rows = page.locator('table.app-codes tbody tr');
    await expect(rows).toHaveCount(pusher.reduce((n, a) => n + a.systems.filter((s) => s.system === 'pusher').length, 0));
    await expect(rows.first().locator('th a')).toHaveAttribute('href', `/${lang}/4000/`);
    const rules = api.systems.find((s) => s.id === 'pusher')!.ranges.filter((r) => r.rule);
    await expect(page.locator('#rules ~ ul').first().locator('li')).toHaveCount(rules.length);
    // The number page leads back.
    await page.goto(`/${lang}/4201/`);
    await expect(page.locator(`a[href="/${lang}/apps/pusher/"]`).first()).toBeVisible();
  });

  test(`${lang}: the index lists every system; home and the private-use range lead to it`, async ({ page }) => {
    await page.goto(`/${lang}/apps/`);
    await expectLanguage(page, lang);
    for (const system of api.systems) await expect(page.locator(`main a[href="/${lang}/apps/${system.id}/"]`)).toHaveCount(1);
    for (const path of [`/${lang}/`, `/${lang}/ranges/4000-4999/`, `/${lang}/ranges/3000-3999/`]) {
      await page.goto(path);
      await expect(page.locator(`main a[href="/${lang}/apps/"]`).first()).toBeVisible();
    }
    await page.goto(`/${lang}/ranges/4000-4999/`);
    await expect(page.locator(`#applications ~ ul a[href="/${lang}/apps/discord-gateway/"]`)).toBeVisible();
  });

  test(`${lang}: 3000 keeps its registered page and adds the systems that use it in their own sense`, async ({ page }) => {
    await page.goto(`/${lang}/3000/`);
    await expectLanguage(page, lang);
    await expect(page.locator('#applications')).toBeVisible();
    for (const id of systemsOf(3000)) await expect(page.locator(`#app-${id}`)).toHaveText(systemName(id));
    expect(systemsOf(3000)).toEqual(expect.arrayContaining(['centrifugo', 'sockjs']));
  });
}

test('a short link to an application number opens the language choice', async ({ page }) => {
  const response = await page.goto('/4004/');
  expect(response?.status()).toBe(200);
  for (const lang of LANGS) await expect(page.locator(`a[href="/${lang}/4004/"]`).first()).toBeAttached();
});

test('a 404 for a number no system names shows the block rules that cover it', async ({ page }) => {
  const response = await page.goto('/en/4150/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('[data-range-min="4000"]:visible')).toHaveCount(1);
  await expect(page.locator('[data-range-min]:visible')).toHaveCount(1);
  const rules = page.locator('[data-block-rules]:visible li:visible');
  const covering = api.systems.flatMap((s) => s.ranges.filter((r) => r.rule && r.min <= 4150 && r.max >= 4150).map(() => s.id));
  expect(covering).toContain('pusher');
  await expect(rules).toHaveCount(covering.length);
  await expect(rules.locator('a[href="/en/apps/pusher/"]')).toBeVisible();
});

const QUERIES: [lang: string, query: string, url: string][] = [
  ['en', '4004', '/en/4004/'],
  ['ar', '٤٤٠١', '/ar/4401/'],
  ['en', 'SESSION_NOT_RELIABLE', '/en/4500/'],
  ['ru', 'ConnectionInitialisationTimeout', '/ru/4408/'],
  ['ar', 'Disallowed intent(s)', '/ar/4014/'],
  ['en', 'discord 4004', '/en/4004/'],
  ['ru', 'pusher 4201', '/ru/4201/'],
  ['en', 'Disconnected (code: 4409, reason: "Subscriber for 6be19906 already exists")', '/en/4409/'],
  ['ru', 'SockJS: All transports failed', '/ru/2000/'],
  ['en', 'DisconnectStale', '/en/3502/'],
  ['en', 'unauthorized', '/en/3000/'],
];

test.describe('search finds application numbers in every language', () => {
  for (const [lang, query, url] of QUERIES) {
    test(`${lang}: ${query.slice(0, 50)}`, async ({ page }) => {
      await page.goto(`/${lang}/search/?q=${encodeURIComponent(query)}`);
      const first = page.locator('.search-results li a').first();
      await expect(first).toBeVisible();
      expect(await first.getAttribute('href')).toBe(url);
    });
  }

  test('a number or a known name shows its page before Pagefind has loaded', async ({ page }) => {
    // Pagefind never answers: the first result must come from the site's own small data.
    await page.route('**/pagefind/**', () => undefined);
    await page.goto('/en/search/?q=SESSION_NOT_RELIABLE');
    await expect(page.locator('.search-results li a').first()).toHaveAttribute('href', '/en/4500/');
    await page.goto('/ru/1006/');
    await page.locator('form[data-search-box] input').fill('4004');
    await expect(page.locator('[role="option"] a').first()).toHaveAttribute('href', '/ru/4004/');
  });
});
