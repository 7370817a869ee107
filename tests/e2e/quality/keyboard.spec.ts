import { expect, test, type Page } from '@playwright/test';

/**
 * Gate 6: keyboard use of a code page, left-to-right and right-to-left. From the top, Tab
 * reaches the skip link, the site title, the search box, the language links, then the
 * content in DOM order, without skipping anything; every focused element shows a focus
 * indicator; "/" jumps to the search box.
 */

interface Step {
  index: number;
  description: string;
  indicator: string | null;
  inViewport: boolean;
}

/** Presses Tab until focus leaves the page's elements (or comes round again); records each stop. */
async function tabThrough(page: Page, limit = 400): Promise<Step[]> {
  const steps: Step[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const step = await page.evaluate(() => {
      const w = window as unknown as { __tabbed?: Element[] };
      const el = document.activeElement;
      const list = (w.__tabbed ??= []);
      if (!el || el === document.body || el === document.documentElement || list.includes(el)) return null;
      list.push(el);
      const s = getComputedStyle(el);
      const transparent = (color: string) => color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color);
      const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && !transparent(s.outlineColor);
      const shadow = s.boxShadow !== 'none' && s.boxShadow !== '';
      const r = el.getBoundingClientRect();
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      const attrs = ['class', 'id', 'href', 'hreflang'].map((a) => (el.hasAttribute(a) ? `${a}="${el.getAttribute(a)}"` : '')).filter(Boolean);
      return {
        index: list.length - 1,
        description: `<${el.tagName.toLowerCase()} ${attrs.join(' ')}>${text}`,
        indicator: outline ? `outline ${s.outlineStyle} ${s.outlineWidth}` : shadow ? `box-shadow ${s.boxShadow}` : null,
        inViewport: r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth,
      };
    });
    if (!step) break;
    steps.push(step);
  }
  return steps;
}

for (const lang of ['en', 'ar'] as const) {
  test.describe(`keyboard on /${lang}/1006/`, () => {
    test('Tab order: skip link, title, search box and button, languages, then content in DOM order, nothing skipped', async ({ page }) => {
      await page.goto(`/${lang}/1006/`);
      await page.waitForLoadState('networkidle');
      const steps = await tabThrough(page);
      expect(steps.length, 'Tab reached the content').toBeGreaterThan(10);

      const expectedStart = await page.evaluate(() => {
        const pick = (el: Element | null) => el;
        return [
          pick(document.querySelector('a.skip-link')),
          pick(document.querySelector('a.site-title')),
          pick(document.querySelector('#site-search-input')),
          pick(document.querySelector('form[data-search-box] button[type="submit"]')),
          ...document.querySelectorAll('nav.lang-switcher a[href]'),
        ].map((el) => (el ? (window as unknown as { __tabbed: Element[] }).__tabbed.indexOf(el) : -2));
      });
      expect(expectedStart, `first stops were:\n${steps.slice(0, 8).map((s) => s.description).join('\n')}`).toEqual([0, 1, 2, 3, 4, 5, 6]);

      const order = await page.evaluate(() => {
        const tabbed = (window as unknown as { __tabbed: Element[] }).__tabbed;
        const describe = (el: Element) => `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''}> ${(el.textContent ?? '').trim().slice(0, 30)}`;
        const outOfOrder: string[] = [];
        for (let i = 1; i < tabbed.length; i++) {
          if (!(tabbed[i - 1].compareDocumentPosition(tabbed[i]) & Node.DOCUMENT_POSITION_FOLLOWING)) outOfOrder.push(`${describe(tabbed[i - 1])} → ${describe(tabbed[i])}`);
        }
        // Everything a keyboard user should be able to reach.
        const candidates = document.querySelectorAll<HTMLElement>(
          'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, audio[controls], video[controls], [tabindex], [contenteditable]:not([contenteditable="false"])',
        );
        const skipped = [...candidates]
          .filter((el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && !el.closest('[inert]') && el.checkVisibility({ visibilityProperty: true }))
          .filter((el) => !tabbed.includes(el))
          .map(describe);
        const positiveTabindex = [...document.querySelectorAll<HTMLElement>('[tabindex]')].filter((el) => el.tabIndex > 0).map(describe);
        return { outOfOrder, skipped, positiveTabindex };
      });
      expect(order).toEqual({ outOfOrder: [], skipped: [], positiveTabindex: [] });

      const noIndicator = steps.filter((s) => !s.indicator).map((s) => `#${s.index} ${s.description}`);
      expect(noIndicator, 'focused elements without a visible outline or box-shadow').toEqual([]);
      const offScreen = steps.filter((s) => !s.inViewport).map((s) => `#${s.index} ${s.description}`);
      expect(offScreen, 'focused elements not scrolled into view').toEqual([]);
    });

    test('"/" focuses the search box; typing "/" inside it types it', async ({ page }) => {
      await page.goto(`/${lang}/1006/`);
      const input = page.locator('#site-search-input');
      await page.keyboard.press('/');
      await expect(input).toBeFocused();
      await expect(input).toHaveValue('');
      // from a content link too
      await page.locator('main a[href]').first().focus();
      await page.keyboard.press('/');
      await expect(input).toBeFocused();
      await expect(input).toHaveValue('');
      await page.keyboard.type('a/b');
      await expect(input).toHaveValue('a/b');
    });
  });
}
