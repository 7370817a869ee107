import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

/** Checks on the built files themselves (no browser): counts, API and head links. */
const DIST = join(process.cwd(), 'dist');
const LANGS = ['en', 'ar', 'ru'];
const html = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');

test.describe('built site', () => {
  const api = JSON.parse(readFileSync(join(DIST, 'api/codes.json'), 'utf8')) as {
    applicationCodes: { code: number; registered: boolean }[];
    codes: { code: number; ianaName: string | null; label: string; range: { id: string }; canSendInCloseFrame: boolean; canPassToBrowserClose: boolean; names: Record<string, string>; urls: Record<string, string> }[];
  };
  const codes = api.codes.map((c) => c.code);

  test('has a page per number in every language: the 19 registered codes and every number a system uses', () => {
    expect(codes).toHaveLength(19);
    const numbers = [...new Set([...codes, ...api.applicationCodes.map((a) => a.code)])];
    expect(numbers.length).toBe(codes.length + api.applicationCodes.filter((a) => !a.registered).length);
    for (const lang of LANGS) {
      const pages = readdirSync(join(DIST, lang)).filter((d) => /^\d+$/.test(d) && d !== '404');
      expect(pages.sort()).toEqual(numbers.map(String).sort());
    }
    const shortLinks = readdirSync(DIST).filter((d) => /^\d+$/.test(d));
    expect(shortLinks.sort()).toEqual(numbers.map(String).sort());
  });

  test('has 171 × 3 canonical pair pages, and each reversed URL only redirects', () => {
    for (const lang of LANGS) {
      const dirs = readdirSync(join(DIST, lang, 'compare'));
      const canonical = dirs.filter((d) => {
        const [a, b] = d.split('-vs-').map(Number);
        return a < b;
      });
      expect(canonical).toHaveLength(171);
      expect(dirs).toHaveLength(342);
      const reversed = html(`${lang}/compare/1002-vs-1001`);
      expect(reversed).toContain(`content="0;url=/${lang}/compare/1001-vs-1002/"`);
      expect(reversed).toContain('name="robots" content="noindex"');
    }
  });

  test('serves the data API with names and URLs per language', () => {
    const c1006 = api.codes.find((c) => c.code === 1006)!;
    expect(c1006).toMatchObject({
      ianaName: 'Abnormal Closure',
      label: 'Abnormal Closure',
      range: { id: 'protocol' },
      canSendInCloseFrame: false,
      canPassToBrowserClose: false,
      urls: { en: '/en/1006/', ar: '/ar/1006/', ru: '/ru/1006/' },
    });
    expect(Object.keys(c1006.names).sort()).toEqual(['ar', 'en', 'ru']);
    // 1014 has no name in the registry: the API says so instead of passing MDN's label off as one.
    expect(api.codes.find((c) => c.code === 1014)).toMatchObject({ ianaName: null, label: 'Bad Gateway' });
    expect(api.codes.filter((c) => c.canPassToBrowserClose).map((c) => c.code)).toEqual([1000, 3000, 3003, 3008]);
    for (const c of api.codes) for (const url of Object.values(c.urls)) expect(existsSync(join(DIST, url, 'index.html'))).toBe(true);
  });

  test('every content page names its language alternates, x-default and itself as canonical', () => {
    for (const lang of LANGS) {
      for (const path of [`${lang}`, `${lang}/1006`, `${lang}/compare/1001-vs-1002`]) {
        const page = html(path);
        expect(page).toContain(`<link rel="canonical" href="https://closecodes.dev/${path}/">`);
        for (const other of LANGS) {
          expect(page).toContain(`hreflang="${other}" href="https://closecodes.dev/${path.replace(/^\w+/, other)}/"`);
        }
        expect(page).toContain(`hreflang="x-default" href="https://closecodes.dev/${path.replace(/^\w+/, 'en')}/"`);
      }
    }
  });

  test('has a 404 page per language beside the root one, and a sitemap', () => {
    for (const lang of LANGS) expect(readFileSync(join(DIST, lang, '404.html'), 'utf8')).toContain(`<html lang="${lang}"`);
    expect(existsSync(join(DIST, '404.html'))).toBe(true);
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('https://closecodes.dev/ar/1006/');
    expect(sitemap).not.toContain('https://closecodes.dev/1006/');
    expect(sitemap).not.toContain('1002-vs-1001');
  });
});

test.describe('Arabic and Russian pages', () => {
  /** Visible body text without code, pre, kbd and the data table of library names. */
  function bodyText(html: string): string {
    const main = /<main[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1] ?? '';
    return main
      .replace(/<(code|pre|kbd|script|style|svg)\b[\s\S]*?<\/\1>/g, ' ')
      .replace(/<bdi\b[^>]*>[\s\S]*?<\/bdi>/g, ' ') // proper names of libraries and applications
      .replace(/<[^>]+>/g, ' ')
      .replace(/&[a-z#0-9]+;/g, ' ');
  }

  test('have no English sentences in their body text, on any page', () => {
    const offenders: string[] = [];
    for (const lang of ['ar', 'ru']) {
      const walk = (dir: string) => {
        for (const entry of readdirSync(join(DIST, dir), { withFileTypes: true })) {
          const path = join(dir, entry.name);
          if (entry.isDirectory()) walk(path);
          else if (entry.name === 'index.html') {
            const html = readFileSync(join(DIST, path), 'utf8');
            if (html.includes('http-equiv="refresh"')) continue;
            // Four or more Latin words in a row outside code is an English phrase.
            for (const phrase of bodyText(html).match(/\b[A-Za-z]{2,}(?:[ ,'’-]+[A-Za-z]{2,}){3,}\b/g) ?? []) {
              offenders.push(`${path}: ${phrase}`);
            }
          }
        }
      };
      walk(lang);
    }
    expect([...new Set(offenders)].slice(0, 20)).toEqual([]);
  });
});

test('every page has exactly one <h1> (redirect files have none)', () => {
  const offenders: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(DIST, dir), { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) {
        const html = readFileSync(join(DIST, path), 'utf8');
        if (html.includes('http-equiv="refresh"')) continue;
        const count = html.match(/<h1[\s>]/g)?.length ?? 0;
        if (count !== 1) offenders.push(`${path}: ${count}`);
      }
    }
  };
  walk('.');
  expect(offenders.slice(0, 10)).toEqual([]);
});

test.describe('search index', () => {
  const api = JSON.parse(readFileSync(join(DIST, 'api/codes.json'), 'utf8')) as {
    codes: { code: number; names: Record<string, string> }[];
    ranges: unknown[];
    systems: unknown[];
    applicationCodes: { registered: boolean }[];
  };
  // Pagefind's fragments hold the text it indexed for each page, gzip-compressed.
  const fragmentsDir = join(DIST, 'pagefind/fragment');
  const fragments = readdirSync(fragmentsDir).map((file) => {
    const data = JSON.parse(gunzipSync(readFileSync(join(fragmentsDir, file))).toString('utf8').replace(/^pagefind_dcd/, '')) as { url: string; content: string };
    return { file, url: data.url, text: data.content };
  });

  test('keeps a code’s number, name and summary separate words', () => {
    // Indexed per language: every code page, every range page, every library guide and their index, the comparisons
    // with text of their own, every application number's page, every system's page and their index.
    const curated = readdirSync(join(process.cwd(), 'content/comparisons/en')).length;
    const guides = readdirSync(join(process.cwd(), 'content/guides/en')).length + 1;
    const appNumbers = api.applicationCodes.filter((a) => !a.registered).length;
    const systems = api.systems.length + 1;
    expect(fragments.length).toBe(LANGS.length * (api.codes.length + api.ranges.length + curated + guides + appNumbers + systems));
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const glued: string[] = [];
    for (const lang of LANGS) {
      const { codes } = JSON.parse(readFileSync(join(DIST, `api/search/${lang}.json`), 'utf8')) as { codes: { code: number; names: string[]; summary: string }[] };
      // A number run into a letter (`1008Policy`), or a name run into its own summary.
      // A number on its own glued to a letter: not inside a longer token (a commit id) and not
      // an English plural ("1009s"). Application numbers have no name of their own.
      const gluedTo = (code: number) => `(?<![\\p{L}\\p{N}])${code}(?!s\\b)\\p{L}`;
      const patterns = codes.map(({ code, names, summary }) =>
        new RegExp(names[0] ? `${gluedTo(code)}|${escape(names[0])}${escape(summary.slice(0, 3))}` : gluedTo(code), 'u'),
      );
      for (const { file, text } of fragments.filter((f) => f.file.startsWith(`${lang}_`))) {
        for (const pattern of patterns) {
          const hit = text.match(pattern);
          if (hit) glued.push(`${file}: …${text.slice(Math.max(0, hit.index! - 20), hit.index! + hit[0].length + 20)}…`);
        }
      }
    }
    expect(glued.slice(0, 10)).toEqual([]);
  });

  test('keeps the labels of facts and table columns apart from their values', () => {
    const failures: string[] = [];
    for (const lang of LANGS) {
      const ui = JSON.parse(readFileSync(join(process.cwd(), `locales/${lang}.json`), 'utf8'));
      const labels: string[] = [
        ...['ianaName', 'range', 'wire', 'browserClose', 'senders', 'reconnect'].map((k) => ui.facts[k]),
        ...['libraryColumn', 'identifierColumn', 'messagesColumn'].map((k) => ui.code[k]),
      ];
      const registered = new Set(api.codes.map((c) => `/${lang}/${c.code}/`));
      const codePages = fragments.filter((f) => f.file.startsWith(`${lang}_`) && registered.has(f.url));
      expect(codePages.length).toBe(api.codes.length);
      for (const { url, text } of codePages) {
        for (const label of labels) {
          const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          if (!new RegExp(`${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text)) failures.push(`${url}: "${label}" runs into the next word`);
        }
      }
    }
    expect(failures.slice(0, 10)).toEqual([]);
  });
});
