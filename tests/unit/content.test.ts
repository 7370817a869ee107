import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/locales';
import { readAppFiles, readContent } from '../../src/lib/content-files';
import { validateContent, type ContentSnapshot } from '../../src/lib/content-validation';
import { ALL_CODES, ROOT } from './helpers';

describe('the real content', () => {
  const snapshot = readContent(ROOT);
  /** All MDX prose: code pages, curated comparisons, range pages and library guides. */
  const allProse = [...snapshot.prose, ...snapshot.comparisons, ...snapshot.ranges, ...snapshot.guides];

  it('passes every check', () => {
    expect(validateContent(snapshot)).toEqual([]);
  });

  it('has facts for all 19 registered codes and prose for each in every language', () => {
    expect(snapshot.codes.map((f) => (f.data as { code: number }).code).sort()).toEqual(ALL_CODES);
    for (const lang of LANGS) {
      const codes = snapshot.prose.filter((p) => p.lang === lang).map((p) => Number(p.slug)).sort((a, b) => a - b);
      expect(codes, lang).toEqual(ALL_CODES);
    }
  });

  it('keeps close codes out of running text: only as code or as links', () => {
    expect(allProse.length).toBe(19 * 3 + 47 * 3 + 5 * 3 + 18 * 3); // codes, related pairs, ranges, guides
    for (const file of allProse) {
      const prose = file.body
        .replace(/^```[\s\S]*?^```/gm, '')
        .replace(/`[^`]*`/g, '')
        .replace(/<CodeLink code=\{\d+\} \/>/g, '')
        .replace(/<(Constant|Message) [^>]*\/>/g, '')
        .replace(/<Section kind="\w+">/g, '');
      const bare = prose.match(/(?<![\d.,-])(1\d{3}|[34]\d{3})(?![\d])/g) ?? [];
      expect(bare, `${file.file} has bare close codes`).toEqual([]);
    }
  });

  it.each(['ar', 'ru'])('has no English sentences in %s prose', (lang) => {
    for (const file of allProse.filter((p) => p.lang === lang)) {
      const text = file.body
        .replace(/^```[\s\S]*?^```/gm, '')
        .replace(/`[^`]*`/g, '')
        .replace(/<[^>]+>/g, '');
      // Four or more Latin words in a row outside code is an English phrase; shorter runs are
      // product names such as "AWS API Gateway".
      const english = text.match(/\b[A-Za-z]{2,}(?:[ ,'-]+[A-Za-z]{2,}){3,}\b/g) ?? [];
      expect(english, file.file).toEqual([]);
    }
  });

  it('gives every Arabic and Russian page the sections and code examples of the English one', () => {
    // Sections in order, and each fenced code block by its language, page by page.
    const structure = (body: string) => [
      ...[...body.matchAll(/<Section\s+kind="([^"]*)"/g)].map((m) => `section:${m[1]}`),
      ...[...body.matchAll(/^[ \t]*```(\S+)/gm)].map((m) => `code:${m[1]}`),
    ];
    const english = new Map(allProse.filter((p) => p.lang === 'en').map((p) => [`${p.file.split('/')[1]}/${p.slug}`, structure(p.body)]));
    const gaps: string[] = [];
    for (const file of allProse.filter((p) => p.lang !== 'en')) {
      const reference = english.get(`${file.file.split('/')[1]}/${file.slug}`);
      const own = structure(file.body);
      if (reference && own.join() !== reference.join()) gaps.push(`${file.file}: ${own.join(' ')} ≠ en ${reference.join(' ')}`);
    }
    expect(gaps).toEqual([]);
  });

  it.each(LANGS)('uses the %s glossary’s preferred terms, never the variants it rules out', (lang) => {
    const glossary = parseYaml(readFileSync(join(ROOT, `content/glossary/${lang}.yaml`), 'utf8')) as {
      id: string;
      term: string;
      avoid?: string[];
    }[];
    expect(glossary.length).toBeGreaterThan(20);
    // A variant to avoid must not occur inside any preferred term, or the term itself would fail.
    for (const entry of glossary) {
      for (const variant of entry.avoid ?? []) {
        const clash = glossary.find((e) => e.term.toLowerCase().includes(variant.toLowerCase()));
        expect(clash, `"${variant}" (avoided for ${entry.id}) occurs in the term "${clash?.term}"`).toBeUndefined();
      }
    }
    // MDX prose, and each application system's description, meanings and notes.
    const appTexts = readAppFiles(ROOT).appTexts.map((f) => {
      const data = f.data as { description: string; meanings: Record<string, string>; notes?: string[] };
      return { lang: f.lang, file: f.file, body: [data.description, ...Object.values(data.meanings), ...(data.notes ?? [])].join('\n') };
    });
    for (const file of [...allProse, ...appTexts].filter((p) => p.lang === lang)) {
      const text = file.body.replace(/`[^`]*`/g, '').toLowerCase();
      for (const entry of glossary) {
        for (const variant of entry.avoid ?? []) {
          expect(text.includes(variant.toLowerCase()), `${file.file} uses "${variant}" instead of "${entry.term}"`).toBe(false);
        }
      }
    }
  });
});

const source = 'websockets/ws:lib/validation.js@8.21.0';

/** A tiny valid content set to break one way at a time. */
const appSource = 'owner/repo:src/codes.ts@v1';
const appCode = (over: Record<string, unknown> = {}) => ({ code: 4001, name: 'X', sender: 'server', reconnect: 'no', source: appSource, ...over });
const appData = (over: Record<string, unknown> = {}) => ({
  id: 'app',
  name: 'App',
  kind: 'api',
  url: 'https://example.org/',
  sources: [appSource],
  ranges: [{ min: 4000, max: 4099 }],
  codes: [appCode()],
  ...over,
});
const appText = (over: Record<string, unknown> = {}) => ({ app: 'app', description: 'D.', meanings: { 4001: 'M.' }, ...over });

function fixture(): ContentSnapshot {
  const facts = (code: number, related: number[] = []) => ({
    code,
    ianaName: `Name ${code}`,
    sources: [{ kind: 'iana', url: 'https://www.iana.org/assignments/websocket/websocket.xml' }],
    canSendInCloseFrame: true,
    canPassToBrowserClose: false,
    senders: ['server'],
    reconnect: 'backoff',
    nature: 'failure',
    cleanClose: 'if-handshake-completes',
    related,
  });
  const library = (id: string, kind: string, codes: unknown[]) => ({
    file: `content/libraries/${id}.yaml`,
    data: { id, name: id, platform: 'X', kind, url: `https://example.org/${id}`, sources: ['websockets/ws:lib/receiver.js@8.21.0'], codes },
  });
  const sections = (...kinds: string[]) =>
    kinds.map((k) => `\n<Section kind="${k}">\n\nText <CodeLink code={1001} />.\n\n</Section>\n`).join('');
  const body = sections('meaning', 'symptoms', 'fix');
  const langs = ['en', 'ar'];
  return {
    langs: ['en', 'ar'],
    codes: [
      { file: 'content/codes/1000.yaml', data: facts(1000, [1001]) },
      { file: 'content/codes/1001.yaml', data: facts(1001, [1000]) },
    ],
    libraries: [
      library('ws', 'library', [{ code: 1000, identifier: 'X', source, messages: [{ text: 'boom', kind: 'reported', source }] }]),
      ...['chrome', 'firefox', 'safari'].map((id) =>
        library(id, 'browser', [{ code: 1001, received: { outcome: 'delivered', pageSees: 1001, source: 'https://example.org/browser-source' } }]),
      ),
    ],
    apps: [{ file: 'content/apps/app.yaml', data: appData() }],
    appTexts: langs.map((lang) => ({ file: `content/apps/${lang}/app.yaml`, lang, slug: 'app', data: appText() })),
    prose: langs.flatMap((lang) =>
      [1000, 1001].map((code) => ({
        file: `content/prose/${lang}/${code}.mdx`,
        lang,
        slug: String(code),
        data: { code, name: `N${code}`, summary: 'S.' },
        body,
      })),
    ),
    comparisons: langs.map((lang) => ({
      file: `content/comparisons/${lang}/1000-vs-1001.mdx`,
      lang,
      slug: '1000-vs-1001',
      data: { low: 1000, high: 1001 },
      body: sections('practice', 'advice'),
    })),
    ranges: langs.flatMap((lang) =>
      ['unused', 'protocol', 'registered', 'private', 'invalid'].map((range) => ({
        file: `content/ranges/${lang}/${range}.mdx`,
        lang,
        slug: range,
        data: { range, summary: 'S.' },
        body: sections('who', 'registration', 'unknown'),
      })),
    ),
    guides: langs.flatMap((lang) =>
      ['ws', 'chrome', 'firefox', 'safari'].map((id) => ({
        file: `content/guides/${lang}/${id}.mdx`,
        lang,
        slug: id,
        data: { library: id, summary: 'S.' },
        body: sections('reading', 'closing', 'quirks', 'example'),
      })),
    ),
    expectedPath: (kind, lang, slug) => `content/${{ code: 'prose', comparison: 'comparisons', range: 'ranges', guide: 'guides' }[kind]}/${lang}/${slug}.mdx`,
  };
}

describe('bad content fails with the file and field named', () => {
  it('accepts the valid fixture', () => {
    expect(validateContent(fixture())).toEqual([]);
  });

  it('reports a missing field', () => {
    const s = fixture();
    delete (s.codes[0].data as Record<string, unknown>).canPassToBrowserClose;
    expect(validateContent(s)).toEqual([
      expect.objectContaining({ file: 'content/codes/1000.yaml', field: 'canPassToBrowserClose' }),
    ]);
  });

  it('reports a wrong type', () => {
    const s = fixture();
    (s.codes[1].data as Record<string, unknown>).canSendInCloseFrame = 'yes';
    expect(validateContent(s)).toEqual([expect.objectContaining({ file: 'content/codes/1001.yaml', field: 'canSendInCloseFrame' })]);
  });

  it('reports an unknown related code, and a library entry for a code without a page', () => {
    const s = fixture();
    (s.codes[0].data as { related: number[] }).related = [1001, 1099];
    (s.libraries[0]!.data as { codes: unknown[] }).codes.push({ code: 1099, identifier: 'Y', source });
    expect(validateContent(s)).toEqual([
      expect.objectContaining({ file: 'content/codes/1000.yaml', field: 'related.1', message: expect.stringContaining('1099') }),
      expect.objectContaining({ file: 'content/libraries/ws.yaml', field: 'codes.1.code', message: expect.stringContaining('1099') }),
    ]);
  });

  it('rejects a fact without a source: a message, an identifier, a behaviour, a library', () => {
    const s = fixture();
    const ws = s.libraries[0]!.data as { sources: string[]; codes: Record<string, unknown>[] };
    ws.sources = [];
    ws.codes[0] = {
      code: 1000,
      identifier: 'CloseNormalClosure',
      messages: [{ text: 'boom', kind: 'reported' }],
      generates: [{ when: 'shutdown', as: 'sent', source: 'somewhere' }],
    };
    const errors = validateContent(s);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'content/libraries/ws.yaml', field: 'sources' }),
        expect.objectContaining({ file: 'content/libraries/ws.yaml', field: 'codes.0.messages.0.source' }),
        expect.objectContaining({ file: 'content/libraries/ws.yaml', field: 'codes.0.generates.0.source' }),
      ]),
    );
    // The schema stops a file at its first layer of problems; fix those, then the identifier's source is checked.
    ws.sources = [source];
    ws.codes[0] = { code: 1000, identifier: 'CloseNormalClosure' };
    expect(validateContent(s)).toEqual([
      { file: 'content/libraries/ws.yaml', field: 'codes.0.source', message: 'Give the source that defines CloseNormalClosure' },
    ]);
  });

  it('keeps browser-only facts to browsers and every compared browser present', () => {
    const s = fixture();
    const ws = s.libraries[0]!.data as { codes: Record<string, unknown>[] };
    ws.codes[0]!.received = { outcome: 'fails', pageSees: 1006, sendsBack: 1002, source };
    s.libraries = s.libraries.filter((f) => !f.file.endsWith('safari.yaml'));
    s.guides = s.guides.filter((f) => f.slug !== 'safari');
    expect(validateContent(s)).toEqual([
      expect.objectContaining({ file: 'content/libraries/ws.yaml', field: 'codes.0.received' }),
      expect.objectContaining({ file: 'content/libraries/safari.yaml', message: expect.stringContaining('chrome, firefox, safari') }),
    ]);
  });

  it('rejects a library file whose id is not its name, and a code listed twice', () => {
    const s = fixture();
    const ws = s.libraries[0]!.data as { id: string; codes: unknown[] };
    ws.id = 'other';
    ws.codes.push({ code: 1000, messages: [{ text: 'again', kind: 'thrown', source }] });
    expect(validateContent(s).filter((e) => e.file.startsWith('content/libraries/'))).toEqual([
      expect.objectContaining({ file: 'content/libraries/ws.yaml', field: 'id' }),
      expect.objectContaining({ file: 'content/libraries/ws.yaml', field: 'codes.1.code', message: 'Code 1000 is listed twice' }),
    ]);
  });

  it('reports a duplicate code', () => {
    const s = fixture();
    s.codes.push({ file: 'content/codes/1000-copy.yaml', data: (s.codes[0].data as object) });
    const errors = validateContent(s);
    expect(errors).toContainEqual(expect.objectContaining({ file: 'content/codes/1000-copy.yaml', field: 'code', message: expect.stringMatching(/Duplicate code 1000/) }));
  });

  it('reports a missing translation', () => {
    const s = fixture();
    s.prose = s.prose.filter((p) => p.file !== 'content/prose/ar/1001.mdx');
    expect(validateContent(s)).toEqual([
      { file: 'content/prose/ar/1001.mdx', field: '(file)', message: 'Missing ar translation of code 1001' },
    ]);
  });

  it('reports a missing translation of a curated comparison or a range', () => {
    const s = fixture();
    s.comparisons = s.comparisons.filter((f) => f.lang === 'en');
    s.ranges = s.ranges.filter((f) => !(f.lang === 'ar' && f.slug === 'private'));
    expect(validateContent(s)).toEqual([
      { file: 'content/comparisons/ar/1000-vs-1001.mdx', field: '(file)', message: 'Missing ar translation of comparison 1000-vs-1001' },
      { file: 'content/ranges/ar/private.mdx', field: '(file)', message: 'Missing ar translation of range private' },
    ]);
  });

  it('reports a comparison file named in the wrong order or with mismatched front matter', () => {
    const s = fixture();
    s.comparisons[0] = { ...s.comparisons[0]!, file: 'content/comparisons/en/1001-vs-1000.mdx', slug: '1001-vs-1000' };
    s.comparisons[1]!.data = { low: 1000, high: 1002 };
    const errors = validateContent(s);
    expect(errors).toContainEqual(expect.objectContaining({ file: 'content/comparisons/en/1001-vs-1000.mdx', field: '(file)', message: expect.stringContaining('low < high') }));
    expect(errors).toContainEqual(expect.objectContaining({ file: 'content/comparisons/ar/1000-vs-1001.mdx', field: 'low' }));
  });

  it('requires a hand-written text for every related pair, in every language', () => {
    const s = fixture();
    s.comparisons = s.comparisons.filter((c) => c.lang !== 'ar');
    expect(validateContent(s)).toEqual([
      expect.objectContaining({ file: 'content/comparisons/ar/1000-vs-1001.mdx', field: '(file)', message: 'Missing ar translation of comparison 1000-vs-1001' }),
    ]);
    s.comparisons = [];
    expect(validateContent(s).map((e) => e.file)).toEqual(['content/comparisons/en/1000-vs-1001.mdx', 'content/comparisons/ar/1000-vs-1001.mdx']);
  });

  describe('application systems', () => {
    const onlyApps = (s: ReturnType<typeof fixture>) => validateContent(s).filter((e) => e.file.startsWith('content/apps/'));

    it('accept the fixture', () => {
      expect(onlyApps(fixture())).toEqual([]);
    });

    it('report a code outside the ranges its system claims', () => {
      const s = fixture();
      s.apps[0]!.data = appData({ codes: [appCode({ code: 4101 })] });
      s.appTexts.forEach((t) => (t.data = appText({ meanings: { 4101: 'M.' } })));
      expect(onlyApps(s)).toEqual([
        expect.objectContaining({ file: 'content/apps/app.yaml', field: 'codes.0.code', message: expect.stringContaining('outside the ranges this system claims (4000–4099)') }),
      ]);
    });

    it('report one number twice in one version, and accept it with spans that do not overlap', () => {
      const s = fixture();
      s.apps[0]!.data = appData({ codes: [appCode(), appCode({ name: 'Y', since: '2.0' })] });
      expect(onlyApps(s)).toEqual([
        expect.objectContaining({ file: 'content/apps/app.yaml', field: 'codes.1.code', message: expect.stringContaining('two meanings in the same version') }),
      ]);
      s.apps[0]!.data = appData({ codes: [appCode({ until: '2.0' }), appCode({ name: 'Y', since: '2.0' })] });
      s.appTexts.forEach((t) => (t.data = appText({ meanings: { 4001: 'New.', '4001<2.0': 'Old.' } })));
      expect(onlyApps(s)).toEqual([]);
    });

    it('report a meaning missing in one language, and one with no code', () => {
      const s = fixture();
      s.appTexts[1]!.data = appText({ meanings: { 4002: 'M.' } });
      expect(onlyApps(s)).toEqual([
        expect.objectContaining({ file: 'content/apps/ar/app.yaml', field: 'meanings.4001', message: 'Missing ar meaning of code 4001' }),
        expect.objectContaining({ file: 'content/apps/ar/app.yaml', field: 'meanings.4002' }),
      ]);
    });

    it('report a missing language file', () => {
      const s = fixture();
      s.appTexts.pop();
      expect(onlyApps(s)).toEqual([expect.objectContaining({ file: 'content/apps/ar/app.yaml', message: 'Missing ar text of system app' })]);
    });

    it('report a system without a source, and a code without one', () => {
      const s = fixture();
      s.apps[0]!.data = appData({ sources: [], codes: [{ ...appCode(), source: undefined }] });
      expect(onlyApps(s)).toEqual([
        expect.objectContaining({ file: 'content/apps/app.yaml', field: 'sources' }),
        expect.objectContaining({ file: 'content/apps/app.yaml', field: 'codes.0.source' }),
      ]);
    });

    it('report a since/until that does not parse, mixed kinds, and an end before the start', () => {
      const s = fixture();
      s.apps[0]!.data = appData({ codes: [appCode({ since: 'June 2023' })] });
      expect(onlyApps(s)).toEqual([expect.objectContaining({ file: 'content/apps/app.yaml', field: 'codes.0.since', message: expect.stringContaining('Give a version') })]);
      s.apps[0]!.data = appData({ codes: [appCode({ since: '2023-06-17' }), appCode({ code: 4002, since: '1.0' })] });
      s.appTexts.forEach((t) => (t.data = appText({ meanings: { 4001: 'M.', 4002: 'M.' } })));
      expect(onlyApps(s)).toEqual([expect.objectContaining({ field: 'codes', message: expect.stringContaining('mix versions and dates') })]);
      s.apps[0]!.data = appData({ codes: [appCode({ since: '2.0', until: '1.5' })] });
      s.appTexts.forEach((t) => (t.data = appText({ meanings: { '4001<1.5': 'M.' } })));
      expect(onlyApps(s)).toEqual([expect.objectContaining({ field: 'codes.0.until', message: 'until 1.5 is not after since 2.0' })]);
    });

    it('report an id that differs from the file name, and a text file of an unknown system', () => {
      const s = fixture();
      s.apps[0]!.data = appData({ id: 'other' });
      s.appTexts.push({ file: 'content/apps/en/nope.yaml', lang: 'en', slug: 'nope', data: appText({ app: 'nope' }) });
      expect(onlyApps(s)).toEqual([
        expect.objectContaining({ file: 'content/apps/app.yaml', field: 'id', message: 'System id "other" does not match the file name' }),
        expect.objectContaining({ file: 'content/apps/en/nope.yaml', message: expect.stringContaining('"nope" is not a system') }),
      ]);
    });
  });

  it('reports a UI string missing in one language, and a plural form it lacks', () => {
    const s = fixture();
    s.locales = [
      { lang: 'en', file: 'locales/en.json', data: { site: { name: 'N', tagline: 'T' }, count_one: '{{count}} code', count_other: '{{count}} codes' } },
      { lang: 'ru', file: 'locales/ru.json', data: { site: { name: 'Н' }, count_one: '{{count}} код', count_few: '{{count}} кода', count_other: '{{count}} кода' } },
    ];
    expect(validateContent(s)).toEqual([
      { file: 'locales/ru.json', field: 'site.tagline', message: 'Missing UI string' },
      { file: 'locales/ru.json', field: 'count_many', message: 'Missing plural form "many" (ru uses one, few, many, other)' },
    ]);
  });

  it('requires a guide per library and browser in every language, naming only what the data holds', () => {
    const s = fixture();
    s.guides = s.guides.filter((f) => !(f.slug === 'firefox' && f.lang === 'ar'));
    const ws = s.guides.find((f) => f.slug === 'ws' && f.lang === 'en')!;
    ws.body = ws.body.replace('Text', 'Use <Constant name="X" />, not <Constant name="CloseGoingAway" />; it prints <Message text="boom" /> and not <Message text="bang" />.');
    expect(validateContent(s)).toEqual([
      { file: 'content/guides/en/ws.mdx', field: 'body', message: '<Constant name="CloseGoingAway" /> is not an identifier in content/libraries/ws.yaml' },
      { file: 'content/guides/en/ws.mdx', field: 'body', message: '<Message text="bang" /> is not a message in content/libraries/ws.yaml' },
      { file: 'content/guides/ar/firefox.mdx', field: '(file)', message: 'Missing ar translation of guide firefox' },
    ]);
  });

  it('reports broken prose structure and links', () => {
    const s = fixture();
    s.prose[0]!.body = s.prose[0]!.body.replace('kind="symptoms"', 'kind="symptom"').replace('{1001}', '{4001}');
    s.prose[1]!.data = { code: 1000, name: '', summary: 'S.' };
    const errors = validateContent(s);
    expect(errors).toEqual([
      expect.objectContaining({ file: 'content/prose/en/1000.mdx', field: 'body', message: expect.stringContaining('"symptom"') }),
      expect.objectContaining({ file: 'content/prose/en/1000.mdx', field: 'body', message: expect.stringContaining('4001') }),
      expect.objectContaining({ file: 'content/prose/en/1001.mdx', field: 'name' }),
      expect.objectContaining({ file: 'content/prose/en/1001.mdx', field: 'code' }),
    ]);
  });

  it('reports every bad entry, not only the first', () => {
    const s = fixture();
    for (const file of s.codes) (file.data as Record<string, unknown>).reconnect = 'sometimes';
    s.libraries[0] = { file: 'content/libraries/ws.yaml', parseError: 'Not valid YAML: bad indentation' };
    const errors = validateContent(s);
    expect(errors.filter((e) => e.field === 'reconnect').map((e) => e.file)).toEqual([
      'content/codes/1000.yaml',
      'content/codes/1001.yaml',
    ]);
    expect(errors).toContainEqual({ file: 'content/libraries/ws.yaml', field: '(file)', message: 'Not valid YAML: bad indentation' });
  });
});
