import { expect, test } from '@playwright/test';

const PAGES = [
  { lang: 'en', dir: 'ltr', path: '/en/1006/' },
  { lang: 'ar', dir: 'rtl', path: '/ar/1006/' },
  { lang: 'ru', dir: 'ltr', path: '/ru/compare/1001-vs-1002/' },
];

test.describe('every language has its own direction and a working switcher', () => {
  for (const { lang, dir, path } of PAGES) {
    test(`${path} declares lang=${lang} dir=${dir}`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('html')).toHaveAttribute('dir', dir);
      const direction = await page.evaluate(() => getComputedStyle(document.body).direction);
      expect(direction).toBe(dir);
    });

    test(`${path}: the switcher leads to the same page in each other language`, async ({ page }) => {
      await page.goto(path);
      const switcher = page.locator('nav.lang-switcher');
      await expect(switcher.locator('a[aria-current="page"]')).toHaveAttribute('hreflang', lang);
      for (const other of ['en', 'ar', 'ru'].filter((l) => l !== lang)) {
        await page.goto(path);
        await switcher.locator(`a[hreflang="${other}"]`).click();
        await expect(page).toHaveURL(path.replace(`/${lang}/`, `/${other}/`));
        await expect(page.locator('html')).toHaveAttribute('lang', other);
        await expect(page.locator('h1')).toContainText(path.includes('compare') ? '1001' : '1006');
      }
    });
  }
});

test.describe('Arabic layout', () => {
  test('mirrors: the site title sits on the right, the switcher on the left', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/ar/1006/');
    const title = await page.locator('.site-title').boundingBox();
    const switcher = await page.locator('nav.lang-switcher').boundingBox();
    expect(title && switcher).toBeTruthy();
    expect(title!.x).toBeGreaterThan(switcher!.x);
  });

  test('keeps close codes as isolated left-to-right code', async ({ page }) => {
    await page.goto('/ar/1006/');
    const h1Code = page.locator('h1 code');
    await expect(h1Code).toHaveText('1006');
    const style = await h1Code.evaluate((el) => {
      const s = getComputedStyle(el);
      return { direction: s.direction, unicodeBidi: s.unicodeBidi };
    });
    expect(style).toEqual({ direction: 'ltr', unicodeBidi: 'isolate' });
  });
});

test.describe('language-neutral entry points', () => {
  test('a short link opens the code in the browser’s language', async ({ browser }) => {
    for (const [locale, lang] of [['ar-EG', 'ar'], ['ru-RU', 'ru'], ['de-DE', 'en']] as const) {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto('/1006/');
      await expect(page).toHaveURL(`/${lang}/1006/`);
      await context.close();
    }
  });

  test('without scripts, a short link offers plain links', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/1006/');
    await expect(page.locator('a[href="/ar/1006/"]')).toBeVisible();
    await expect(page.locator('a[href="/ru/1006/"]')).toBeVisible();
    await context.close();
  });

  test('a reversed pair URL lands on the canonical pair page', async ({ page }) => {
    await page.goto('/ru/compare/1002-vs-1001/');
    await expect(page).toHaveURL('/ru/compare/1001-vs-1002/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  });

  test('a missing page in a language folder gets that language’s 404', async ({ page }) => {
    const response = await page.goto('/ar/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  });
});

test.describe('404 pages recognise a number in the address', () => {
  test('/ar/1020/ says the number has no page and names its range', async ({ page }) => {
    const response = await page.goto('/ar/1020/');
    expect(response?.status()).toBe(404);
    const card = page.locator('[data-range-min]:visible');
    await expect(card).toHaveCount(1);
    await expect(card.locator('[data-slot="number"]')).toHaveText('1020');
    await expect(card.locator('a[href="/ar/ranges/1000-2999/"]')).toBeVisible();
    await expect(card.locator('a[data-search-number]')).toHaveAttribute('href', '/ar/search/?q=1020');
  });

  test('/4567/ at the root explains the private-use range in every language', async ({ page }) => {
    const response = await page.goto('/4567/');
    expect(response?.status()).toBe(404);
    const cards = page.locator('[data-range-min="4000"]:visible');
    await expect(cards).toHaveCount(3);
    await expect(page.locator('section[lang="ru"] [data-range-min="4000"] a[href="/ru/ranges/4000-4999/"]')).toBeVisible();
  });

  test('a 404 without a number shows no range', async ({ page }) => {
    await page.goto('/en/no-such-page/');
    await expect(page.locator('[data-range-min]:visible')).toHaveCount(0);
  });
});

test.describe('tables on a phone', () => {
  for (const lang of ['en', 'ar', 'ru']) {
    for (const path of [`/${lang}/apps/centrifugo/`, `/${lang}/1006/`]) {
      test(`${path} fits 360 px, with every code number on one line`, async ({ browser }) => {
        const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
        await page.goto(path);
        const wraps = page.locator('.table-wrap');
        expect(await wraps.count()).toBeGreaterThan(0);
        for (const wrap of await wraps.all()) {
          const [scroll, client] = await wrap.evaluate((el) => [el.scrollWidth, el.clientWidth]);
          expect(scroll, 'table wider than the page').toBeLessThanOrEqual(client);
        }
        for (const number of await page.locator('td.num code').all()) {
          expect(await number.evaluate((el) => el.getClientRects().length), 'a code number split over lines').toBe(1);
        }
        await page.close();
      });
    }
  }
});
