import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { sourceHref } from '../../src/schemas/library';

/**
 * The built code pages against the library files: every browser is shown, one without data
 * says "not verified", older wordings are labelled older, and every exact text links its source.
 */
const DIST = join(process.cwd(), 'dist');
const LANGS = ['en', 'ar', 'ru'] as const;
const BROWSERS = ['chrome', 'firefox', 'safari'];
const ui = Object.fromEntries(LANGS.map((l) => [l, JSON.parse(readFileSync(`locales/${l}.json`, 'utf8'))])) as Record<
  string,
  { behaviour: { notVerifiedCard: string; older: string } }
>;
interface Entry {
  code: number;
  identifier?: string;
  messages?: { text: string; older?: boolean; source: string }[];
}
const libraries = readdirSync('content/libraries').map(
  (f) => parse(readFileSync(join('content/libraries', f), 'utf8')) as { id: string; name: string; codes: Entry[] },
);
const codes = readdirSync('content/codes').map((f) => Number(f.replace('.yaml', '')));
const page = (lang: string, code: number) => readFileSync(join(DIST, lang, String(code), 'index.html'), 'utf8');
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
const between = (html: string, start: string, end: string) => html.slice(html.indexOf(start), html.indexOf(end, html.indexOf(start)));

test.describe('code pages show who does what, with sources', () => {
  for (const lang of LANGS) {
    test(`${lang}: a card per browser; one without data for the code says not verified`, () => {
      for (const code of codes) {
        const html = page(lang, code);
        for (const id of BROWSERS) {
          const browser = libraries.find((l) => l.id === id)!;
          const card = between(html, `id="browser-${id}"`, '</section>');
          expect(card, `${lang}/${code} ${id}`).not.toBe('');
          const notVerified = ui[lang]!.behaviour.notVerifiedCard.replace('{{browser}}', browser.name);
          const hasData = browser.codes.some((e) => e.code === code);
          expect(card.includes(escape(notVerified)), `${lang}/${code}: ${id} ${hasData ? 'has data' : 'has none'}`).toBe(!hasData);
        }
      }
    });

    test(`${lang}: every exact text is on its code's page, older ones labelled older, each with its source`, () => {
      let older = 0;
      for (const library of libraries) {
        for (const entry of library.codes) {
          const html = page(lang, entry.code);
          for (const message of entry.messages ?? []) {
            // In its message list (the same text may also stand elsewhere, e.g. as the IANA name).
            const at = html.indexOf(`<code lang="en">${escape(message.text)}</code> <span class="meta">`);
            expect(at, `${library.id} ${entry.code}: ${message.text}`).toBeGreaterThan(-1);
            const item = html.slice(html.lastIndexOf('<li', at), html.indexOf('</li>', at));
            expect(item.includes('class="older"'), `${message.text} is ${message.older ? '' : 'not '}older`).toBe(Boolean(message.older));
            expect(item.includes(`>${ui[lang]!.behaviour.older}<`)).toBe(Boolean(message.older));
            // Its note number leads to the page's source list, where the note links the file it was read in.
            const note = /<a href="#(source-\d+)"/.exec(item)?.[1];
            expect(note, `${message.text} cites a source`).toBeDefined();
            const listed = html.slice(html.indexOf(`<li id="${note}">`), html.indexOf('</li>', html.indexOf(`<li id="${note}">`)));
            expect(listed).toContain(`href="${sourceHref(message.source).replace(/&/g, '&amp;')}"`);
            if (message.older) older++;
          }
        }
      }
      expect(older, 'the data keeps older wordings').toBeGreaterThan(0);
    });
  }
});
