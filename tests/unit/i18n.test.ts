import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../src/i18n/locales';
import { isolateRtlComments, latinRuns, ltrRuns, richText, richToPlain } from '../../src/i18n/rich';
import { statementParts, tellParts } from '../../src/i18n/statements';
import { NATURES, SENDERS, type CodeFacts, type Sender } from '../../src/schemas/code';
import { UI_RESOURCES, useTranslations } from '../../src/i18n/translation';
import { compareCodes } from '../../src/lib/comparison';
import { allPairs } from '../../src/lib/pairs';
import { ALL_CODES, realFacts } from './helpers';

type Tree = { [key: string]: string | Tree };
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const flat = Object.fromEntries(LANGS.map((lang) => [lang, flatten(UI_RESOURCES[lang] as Tree)])) as Record<Lang, Map<string, string>>;
const pluralBases = (lang: Lang) =>
  new Set([...flat[lang].keys()].filter((k) => PLURAL_SUFFIX.test(k)).map((k) => k.replace(PLURAL_SUFFIX, '')));

describe('UI strings', () => {
  it.each(LANGS)('%s has exactly the same non-plural keys as English', (lang) => {
    const plain = (l: Lang) => [...flat[l].keys()].filter((k) => !PLURAL_SUFFIX.test(k)).sort();
    expect(plain(lang)).toEqual(plain('en'));
    expect([...pluralBases(lang)].sort()).toEqual([...pluralBases('en')].sort());
  });

  it.each(LANGS)('%s has exactly the plural forms its language uses', (lang) => {
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories.slice().sort();
    for (const base of pluralBases(lang)) {
      const forms = [...flat[lang].keys()]
        .filter((k) => k.replace(PLURAL_SUFFIX, '') === base && PLURAL_SUFFIX.test(k))
        .map((k) => PLURAL_SUFFIX.exec(k)![1])
        .sort();
      expect(forms, `${lang}: ${base}`).toEqual(categories);
    }
  });

  it.each(LANGS)('%s uses the same placeholders as English in every string', (lang) => {
    const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [key, english] of flat.en) {
      const base = key.replace(PLURAL_SUFFIX, '');
      const translations = [...flat[lang].entries()].filter(([k]) => k.replace(PLURAL_SUFFIX, '') === base);
      for (const [k, text] of translations) {
        // Languages often spell out one and two ("رمزان") instead of using the number.
        const spelledOut = /_(zero|one|two)$/.test(k);
        const expected = placeholders(english).filter((p) => !(spelledOut && p === 'count'));
        expect(placeholders(text).filter((p) => expected.includes(p)), `${lang}: ${k}`).toEqual(expected);
        expect(text.split('`').length % 2, `${lang}: ${k} has unbalanced backticks`).toBe(1);
      }
    }
  });

  it('chooses plural forms by each language’s rules', () => {
    const en = useTranslations('en');
    expect(en('home.codeCount', { count: 1 })).toContain('1 code ');
    expect(en('home.codeCount', { count: 16 })).toContain('16 codes');
    const ru = useTranslations('ru');
    const ruForms = [1, 2, 5, 21].map((count) => ru('home.codeCount', { count }));
    expect(new Set(ruForms.map((s) => s.replace(/\d+/, ''))).size).toBe(3); // one / few / many
    const ar = useTranslations('ar');
    const arForms = [0, 1, 2, 3, 11, 100].map((count) => ar('code.allComparisons', { count }).replace(/\d+/, ''));
    expect(new Set(arForms).size).toBe(6); // zero / one / two / few / many / other
  });

  it('fails loudly on a missing key', () => {
    const t = useTranslations('ar') as unknown as (key: string) => string;
    expect(() => t('no.such.key')).toThrow(/Missing UI string "no.such.key"/);
  });
});

describe('comparison sentences', () => {
  const facts = realFacts();
  it.each(LANGS)('render for every pair in %s with no unfilled placeholder', (lang) => {
    const t = useTranslations(lang);
    for (const { low, high } of allPairs(ALL_CODES)) {
      const { differences, similarities } = compareCodes(facts.get(low)!, facts.get(high)!);
      for (const statement of [...differences, ...similarities]) {
        const text = richToPlain(statementParts(statement, t, lang));
        expect(text).not.toMatch(/\{\{|\}\}|\$t\(|undefined|\uE000/);
        expect(text.length).toBeGreaterThan(10);
      }
    }
  });

  it.each(LANGS)('render in %s for every combination of nature and sender, as whole sentences', (lang) => {
    const t = useTranslations(lang);
    const other = facts.get(1000)!;
    const senderSets: Sender[][] = [...SENDERS.filter((s) => s !== 'none').map((s) => [s]), ['client', 'server'], ['none']];
    for (const nature of NATURES) {
      for (const senders of senderSets) {
        const local = senders.includes('none');
        const subject: CodeFacts = { ...other, code: 4321, nature, senders, canSendInCloseFrame: !local, cleanClose: local ? 'no' : 'if-handshake-completes' };
        const { differences, similarities } = compareCodes(subject, { ...other, senders: ['server'] });
        for (const statement of [...differences, ...similarities]) {
          const text = richToPlain(statementParts(statement, t, lang));
          expect(text, `${nature} / ${senders.join('+')}: ${statement.key}`).not.toMatch(/\{\{|\}\}|\$t\(|undefined|\uE000/);
          expect(text).toMatch(/[.:؟?!]$/); // a whole sentence
        }
        // The nature reads as its own phrase, and the senders as theirs.
        const natureText = differences.find((s) => s.key === 'diff.nature');
        if (natureText) expect(richToPlain(statementParts(natureText, t, lang))).toContain(t(`nature.${nature}`).replace(/`/g, ''));
        const sendersText = differences.find((s) => s.key === 'diff.senders');
        if (sendersText) for (const s of senders) expect(richToPlain(statementParts(sendersText, t, lang))).toContain(t(`sender.${s}`).replace(/`/g, ''));
      }
    }
  });

  it.each(LANGS)('say what the console shows in %s, one line or several', (lang) => {
    const t = useTranslations(lang);
    for (const count of [1, 2, 5, 7]) {
      const text = richToPlain(tellParts({ key: 'tell.console', code: 1006, browser: 'Chrome', count, text: 'X failed' }, t, lang));
      expect(text).toContain('Chrome');
      expect(text).toContain('X failed');
      expect(text).not.toMatch(/\{\{|undefined/);
    }
    expect(richToPlain(tellParts({ key: 'tell.noConsole', code: 1000, browsers: ['Chrome', 'Firefox', 'Safari'] }, t, lang))).toContain('Safari');
  });

  it('keep codes as separate parts so they render as isolated code', () => {
    const t = useTranslations('ar');
    const parts = statementParts({ key: 'diff.browserClose', allowed: 1000, forbidden: 1001 }, t, 'ar');
    expect(parts.filter((p) => p.type === 'codeLink').map((p) => (p as { code: number }).code).sort()).toEqual([1000, 1001]);
    expect(parts.some((p) => p.type === 'code' && p.text === 'InvalidAccessError')).toBe(true);
  });
});

describe('rich text', () => {
  it('splits sentinels and backtick spans and keeps text verbatim', () => {
    const parts = richText((p) => `Use ${p.a} or \`close()\` <b>now</b>`, { a: { type: 'codeLink', code: 1000 } });
    expect(parts).toEqual([
      { type: 'text', text: 'Use ' },
      { type: 'codeLink', code: 1000 },
      { type: 'text', text: ' or ' },
      { type: 'code', text: 'close()' },
      { type: 'text', text: ' <b>now</b>' },
    ]);
  });
  it('rejects unbalanced backticks', () => {
    expect(() => richText(() => 'a `b', {})).toThrow(/Unbalanced/);
  });
});

describe('Latin runs in right-to-left text', () => {
  it('marks identifiers and names, with their punctuation, as runs of their own', () => {
    expect(latinRuns('تعيد gorilla/websocket خطأً من النوع *websocket.CloseError، وكيف ترسل close() مع WriteControl أو WriteMessage')).toEqual([
      { text: 'تعيد ', latin: false },
      { text: 'gorilla/websocket', latin: true },
      { text: ' خطأً من النوع ', latin: false },
      { text: '*websocket.CloseError', latin: true },
      { text: '، وكيف ترسل ', latin: false },
      { text: 'close()', latin: true },
      { text: ' مع ', latin: false },
      { text: 'WriteControl', latin: true },
      { text: ' أو ', latin: false },
      { text: 'WriteMessage', latin: true },
    ]);
    expect(latinRuns('Node.js ws و Socket.IO')).toEqual([
      { text: 'Node.js ws', latin: true },
      { text: ' و ', latin: false },
      { text: 'Socket.IO', latin: true },
    ]);
  });
});

describe('comments in code examples', () => {
  it('isolate an Arabic comment right to left and leave code and other comments alone', () => {
    const code = "// أعد الاتصال بعد SyntaxError\nws.close(1000, 'done'); // تم\n# تعليق\nconst url = 'http://x'; // done";
    expect(isolateRtlComments(code).split('\n')).toEqual([
      '// \u2067أعد الاتصال بعد SyntaxError\u2069',
      "ws.close(1000, 'done'); // \u2067تم\u2069",
      '# \u2067تعليق\u2069',
      "const url = 'http://x'; // done",
    ]);
  });
});

describe('left-to-right stretches in Arabic text from search', () => {
  it('keep code, ranges and anchors whole, and leave Arabic and the spaces around them outside', () => {
    const runs = ltrRuns("نطاق البروتوكول 1000–2999، ثم ws.close(1000, 'done'); في القسم #dom-websocket-close");
    expect(runs.filter((r) => r.ltr).map((r) => r.text)).toEqual(['1000–2999', "ws.close(1000, 'done');", '#dom-websocket-close']);
    expect(runs.map((r) => r.text).join('')).toBe("نطاق البروتوكول 1000–2999، ثم ws.close(1000, 'done'); في القسم #dom-websocket-close");
    expect(ltrRuns('فقط عربي').every((r) => !r.ltr)).toBe(true);
  });
});
