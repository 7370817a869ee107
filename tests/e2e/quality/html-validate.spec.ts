import { expect, test } from '@playwright/test';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { groupedReport, htmlPages } from './lib/dist';

/**
 * Gate 1: every built HTML page in dist/ validates with html-validate's recommended preset,
 * zero errors. No browser: the pages are split into shards so Playwright's workers share
 * the work (about 1,150 pages).
 */
const HTML_VALIDATE_CONFIG: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Stylistic only: Astro writes the markup, nobody edits dist/ by hand.
    'no-trailing-whitespace': 'off',
    // Astro's Markdown/MDX code highlighting (Shiki) writes its theme colours as inline
    // styles on <pre> and on every token <span> (`color`, and `background-color; color;
    // overflow-x` on <pre>); that is Astro's output, not ours. Only those properties are
    // allowed: any other inline style still fails.
    'no-inline-style': ['error', { allowedProperties: ['display', 'color', 'background-color', 'overflow-x'] }],
    // The header search is an ARIA 1.2 combobox (WAI-ARIA APG pattern): its popup must be an
    // element with role="listbox", which a native <select> cannot be. Every other role is
    // still checked for a native equivalent.
    'prefer-native-element': ['error', { exclude: ['listbox'] }],
    // Comparison titles name both codes in the reader's language; the longest (Russian, two
    // long names) is 75 characters. Anything longer than 80 still fails.
    'long-title': ['error', { maxlength: 80 }],
  },
};

const SHARDS = 4;

test.describe('html-validate (recommended preset) on every built page', () => {
  test('there are built pages to validate', () => {
    expect(htmlPages().length, 'run `npm run build` first').toBeGreaterThan(1000);
  });

  for (let shard = 0; shard < SHARDS; shard++) {
    test(`pages shard ${shard + 1}/${SHARDS}`, async () => {
      test.setTimeout(120_000);
      const htmlvalidate = new HtmlValidate(new StaticConfigLoader(HTML_VALIDATE_CONFIG));
      const pages = htmlPages().filter((_, i) => i % SHARDS === shard);
      const failures: { kind: string; where: string }[] = [];
      for (const page of pages) {
        const result = await htmlvalidate.validateString(page.html, `dist/${page.file}`);
        for (const r of result.results) {
          for (const m of r.messages) {
            failures.push({ kind: `[${m.ruleId}] ${m.message} at ${m.selector ?? 'document'}`, where: `dist/${page.file}:${m.line}:${m.column}` });
          }
        }
      }
      expect(failures.length, groupedReport('html-validate errors', failures)).toBe(0);
    });
  }
});
