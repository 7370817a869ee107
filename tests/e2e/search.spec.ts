import { expect, test, type Page } from '@playwright/test';

/** The first result's link on the search page for a query. */
async function firstResult(page: Page, lang: string, query: string): Promise<string | null> {
  await page.goto(`/${lang}/search/?q=${encodeURIComponent(query)}`);
  const first = page.locator('.search-results li a').first();
  await expect(first).toBeVisible();
  return first.getAttribute('href');
}

const EXPECTED: [lang: string, query: string, url: string][] = [
  ['en', '1006', '/en/1006/'],
  ['ar', '١٠٠٦', '/ar/1006/'],
  ['ru', '1001', '/ru/1001/'],
  ['ru', 'нарушение политики', '/ru/1008/'],
  ['ar', 'إعادة تشغيل الخدمة', '/ar/1012/'],
  ['en', 'going away', '/en/1001/'],
  ['ar', 'Policy Violation', '/ar/1008/'],
  ['en', 'CLOSED_ABNORMALLY', '/en/1006/'],
  ['ru', 'EndpointUnavailable', '/ru/1001/'],
  ['ar', 'CloseAbnormalClosure', '/ar/1006/'],
  ['en', 'websocket: close 1006 (abnormal closure): unexpected EOF', '/en/1006/'],
  ['en', 'The remote party closed the WebSocket connection without completing the close handshake.', '/en/1006/'],
  ['en', 'Invalid WebSocket frame: invalid UTF-8 sequence', '/en/1007/'],
  ['en', '1006 vs 1001', '/en/compare/1001-vs-1006/'],
  ['ar', 'Going Away أم إغلاق غير طبيعي', '/ar/compare/1001-vs-1006/'],
  ['ru', '3008 или 1011', '/ru/compare/1011-vs-3008/'],
  ['en', 'timeout', '/en/3008/'],
  ['ru', 'рукопожатие TLS', '/ru/1015/'],
  // A verbatim piece of a message in the data leads to the page that lists it, ahead of a
  // page whose name shares a word with it ("timeout" is 3008's name).
  ['en', 'keepalive ping timeout', '/en/1011/'],
  ['en', 'unexpected Sec-WebSocket-Extensions in response header', '/en/1010/'],
  ['ru', 'Could not decode a text frame', '/ru/1002/'],
  ['ar', 'decoded text message was too big', '/ar/1009/'],
  ['en', "Failed to execute 'close' on 'WebSocket': The close code must be either 1000, or between 3000 and 4999. 1013 is neither.", '/en/1013/'],
  // A library named, with a verb or a code: its guide, or the code's page first.
  ['en', 'python websockets close code', '/en/libraries/python-websockets/'],
  ['ar', 'okhttp close reason too long', '/ar/libraries/okhttp/'],
  ['ru', 'gorilla 1006', '/ru/1006/'],
  ['en', '4567', '/en/ranges/4000-4999/'],
  ['ar', '1020', '/ar/ranges/1000-2999/'],
  ['ru', '5000', '/ru/ranges/5000-65535/'],
];

test.describe('search puts the expected page first', () => {
  for (const [lang, query, url] of EXPECTED) {
    test(`${lang}: ${query.slice(0, 50)}`, async ({ page }) => {
      expect(await firstResult(page, lang, query)).toBe(url);
    });
  }
});

test.describe('Arabic words with and without the article', () => {
  // Pagefind's Arabic stemmer gives the two forms different stems; the site searches both.
  for (const [bare, defined] of [['متصفحات', 'المتصفحات'], ['محاولات', 'المحاولات'], ['وكيل', 'الوكيل']]) {
    test(`${bare} and ${defined} find the same pages`, async ({ page }) => {
      const results = async (query: string) => {
        await page.goto(`/ar/search/?q=${encodeURIComponent(query)}`);
        const links = page.locator('.search-results li a');
        await expect(links.first()).toBeVisible();
        return links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      };
      const withoutArticle = await results(bare);
      expect(withoutArticle.length).toBeGreaterThan(5);
      expect(await results(defined)).toEqual(withoutArticle);
    });
  }
});

test.describe('odd and hostile input', () => {
  const inputs = ['', ' ', 'x'.repeat(2000), '<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', '\u200f\u202e1006\u202c', '🔌💥', '?!.,;:()[]{}', '\u0000'];
  for (const input of inputs) {
    test(`no error and nothing injected for ${JSON.stringify(input).slice(0, 30)}`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('dialog', (d) => {
        errors.push(`dialog: ${d.message()}`);
        void d.dismiss();
      });
      await page.goto(`/en/search/?q=${encodeURIComponent(input)}`);
      await expect(page.locator('[data-search-page] [role="status"]')).not.toHaveText(/JavaScript/);
      await page.waitForTimeout(300);
      expect(errors).toEqual([]);
      expect(await page.locator('main img, main script:not([src])').count()).toBe(0);
      if (!input.includes('\u0000')) expect(await page.locator('#search-page-input').inputValue()).toBe(input);
    });
  }
});

test.describe('header search box', () => {
  for (const [lang, query, url] of [
    ['en', 'CloseAbnormalClosure', '/en/1006/'],
    ['ar', '١٠٠٦', '/ar/1006/'],
    ['ru', 'нарушение политики', '/ru/1008/'],
  ] as const) {
    test(`${lang}: works by keyboard alone`, async ({ page }) => {
      await page.goto(`/${lang}/1000/`);
      await page.keyboard.press('/');
      const input = page.locator('form[data-search-box] input');
      await expect(input).toBeFocused();
      await page.keyboard.type(query);
      await expect(page.locator('form[data-search-box] [role="listbox"]')).toHaveAttribute('data-query', query);
      const options = page.locator('form[data-search-box] [role="option"]');
      await expect(options.first()).toBeVisible();
      await expect(input).toHaveAttribute('aria-expanded', 'true');
      await page.keyboard.press('ArrowDown');
      await expect(options.first()).toHaveAttribute('aria-selected', 'true');
      await expect(input).toHaveAttribute('aria-activedescendant', (await options.first().getAttribute('id'))!);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(url);
    });
  }

  test('Enter without a chosen option opens the search page for the query', async ({ page }) => {
    await page.goto('/ru/');
    await page.locator('form[data-search-box] input').fill('1009');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/ru/search/?q=1009');
    await expect(page.locator('.search-results li a').first()).toHaveAttribute('href', '/ru/1009/');
  });

  test('Escape closes the list', async ({ page }) => {
    await page.goto('/en/');
    const input = page.locator('form[data-search-box] input');
    await input.focus();
    await page.keyboard.type('1006');
    await expect(page.locator('form[data-search-box] [role="listbox"]')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator('form[data-search-box] [role="listbox"]')).toBeHidden();
    await expect(input).toHaveAttribute('aria-expanded', 'false');
  });

  test('loads no search code or index until the box is used', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto('/en/1006/');
    await page.waitForLoadState('networkidle');
    expect(requested.filter((p) => p.startsWith('/pagefind/') || p === '/api/codes.json')).toEqual([]);
    await page.locator('form[data-search-box] input').focus();
    await expect.poll(() => requested.some((p) => p.startsWith('/pagefind/'))).toBe(true);
  });

  for (const [lang, query] of [['en', 'handshake'], ['ar', 'المصافحة'], ['ru', 'рукопожатие']] as const) {
    test(`${lang}: a first query runs Pagefind on the page, in its language, within the CSP`, async ({ page }) => {
      const requested: string[] = [];
      const problems: string[] = [];
      page.on('request', (r) => requested.push(new URL(r.url()).pathname));
      page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
      page.on('pageerror', (e) => problems.push(e.message));
      await page.goto(`/${lang}/1000/`);
      await page.locator('form[data-search-box] input').fill(query);
      // The full-text answer, not the pages the site's own data may show before it.
      await expect(page.locator('form[data-search-box] [role="listbox"]')).toHaveAttribute('data-query', query);
      await expect(page.locator('form[data-search-box] [role="option"]').first()).toBeVisible();
      const pagefindFiles = requested.filter((p) => p.startsWith('/pagefind/'));
      // No worker script (12 KB more per first query), and only this language's files.
      expect(pagefindFiles.filter((p) => /worker/.test(p))).toEqual([]);
      const ofLanguage = new RegExp(`^(wasm\\.|pagefind\\.)?${lang}[._]`);
      const dataFiles = pagefindFiles.filter((p) => /\.(pagefind|pf_meta|pf_index|pf_fragment)$/.test(p));
      expect(dataFiles.filter((p) => !ofLanguage.test(p.split('/').pop()!))).toEqual([]);
      expect(pagefindFiles).toContain(`/pagefind/wasm.${lang}.pagefind`);
      expect(problems).toEqual([]);
    });
  }

  test('the Arabic search box lays out right to left', async ({ page }) => {
    await page.goto('/ar/1006/');
    const input = page.locator('form[data-search-box] input');
    expect(await input.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    // A pasted English message reads left to right in the field (dir="auto").
    await input.fill("WebSocket connection to 'wss://example.com/' failed:");
    expect(await input.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    await input.fill('');
    expect(await input.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    await input.focus();
    await page.keyboard.type('1006');
    await expect(page.locator('form[data-search-box] [role="listbox"]')).toBeVisible();
    const box = await input.boundingBox();
    const list = await page.locator('form[data-search-box] [role="listbox"]').boundingBox();
    // The list hangs from the input's right edge in a right-to-left layout.
    expect(Math.abs(list!.x + list!.width - (box!.x + box!.width))).toBeLessThan(2);
  });
});
