import { describe, expect, it } from 'vitest';
import {
  MAX_QUERY_LENGTH,
  codesQuoted,
  librariesNamed,
  namesWords,
  directTargets,
  fillSlots,
  fullTextQueries,
  mergeScored,
  excerptParts,
  findCodeNumbers,
  mergeResults,
  normalizeQuery,
  toAsciiDigits,
  type NamedCode,
  type NamedLibrary,
} from '../../src/lib/search-query';
import { ALL_CODES } from './helpers';

const WITH_PAGES = new Set(ALL_CODES);

describe('cleaning a query', () => {
  it('turns Arabic-Indic and Persian digits into ASCII', () => {
    expect(toAsciiDigits('١٠٠٦')).toBe('1006');
    expect(toAsciiDigits('۱۰۰۶')).toBe('1006');
  });

  it('drops bidi marks and zero-width characters, collapses space and trims', () => {
    expect(normalizeQuery('\u200f  رمز\u202b ١٠٠٦ \u200e\n')).toBe('رمز 1006');
    expect(normalizeQuery('\ufeff\u2067CLOSED_ABNORMALLY\u2069')).toBe('CLOSED_ABNORMALLY');
  });

  it('copes with odd and hostile input', () => {
    expect(normalizeQuery('')).toBe('');
    expect(normalizeQuery(undefined)).toBe('');
    expect(normalizeQuery(42)).toBe('');
    expect(normalizeQuery('   \u200f ')).toBe('');
    expect(normalizeQuery('x'.repeat(2000))).toHaveLength(MAX_QUERY_LENGTH);
    expect(normalizeQuery('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
    expect(normalizeQuery('🔌 1006 😱')).toBe('🔌 1006 😱');
    expect(findCodeNumbers('?!.,;:()[]{}')).toEqual([]);
  });
});

describe('finding close codes in a query', () => {
  it('reads a bare number of any value as a code', () => {
    expect(findCodeNumbers('1006')).toEqual([1006]);
    expect(findCodeNumbers('١٠٠٦')).toEqual([1006]);
    expect(findCodeNumbers('42')).toEqual([42]);
    expect(findCodeNumbers('5000')).toEqual([5000]);
    expect(findCodeNumbers('70000')).toEqual([]);
  });

  it('finds codes inside pasted error lines, in order, once each', () => {
    expect(findCodeNumbers('websocket: close 1006 (abnormal closure): unexpected EOF')).toEqual([1006]);
    expect(findCodeNumbers('received 1011 (internal error); then sent 1011 (internal error)')).toEqual([1011]);
    expect(findCodeNumbers('1005 vs 1000')).toEqual([1005, 1000]);
  });

  it('ignores numbers in text that are not close codes', () => {
    expect(findCodeNumbers('Error during WebSocket handshake: Unexpected response code: 404')).toEqual([]);
    expect(findCodeNumbers('read limited at 32768 bytes')).toEqual([]);
    expect(findCodeNumbers('version 1.1006.2')).toEqual([]);
    expect(findCodeNumbers('RFC 6455 section 7.4.1')).toEqual([]);
  });
});

describe('what comes first', () => {
  it('puts a code with a page first', () => {
    expect(directTargets('close 1006', WITH_PAGES)).toEqual([{ kind: 'code', code: 1006 }]);
  });

  it('sends a number without a page to its range', () => {
    expect(directTargets('4001', WITH_PAGES)).toEqual([{ kind: 'range', range: 'private', number: 4001 }]);
    expect(directTargets('1020', WITH_PAGES)).toEqual([{ kind: 'range', range: 'protocol', number: 1020 }]);
    expect(directTargets('999', WITH_PAGES)).toEqual([{ kind: 'range', range: 'unused', number: 999 }]);
    expect(directTargets('4001 and 4002', WITH_PAGES)).toEqual([{ kind: 'range', range: 'private', number: 4001 }]);
  });

  it('puts a code named in full first, in any language, ignoring case and diacritics', () => {
    const named = [
      { code: 1000, names: ['Normal Closure', 'Нормальное закрытие'] },
      { code: 1006, names: ['Abnormal Closure', 'Аварийное закрытие'] },
      { code: 1008, names: ['Policy Violation', 'Нарушение политики'] },
      { code: 1012, names: ['Service Restart', 'إعادة تشغيل الخدمة'] },
    ];
    expect(directTargets('нарушение политики', WITH_PAGES, named)).toEqual([{ kind: 'code', code: 1008 }]);
    expect(directTargets('Нарушение  ПОЛИТИКИ!', WITH_PAGES, named)).toEqual([{ kind: 'code', code: 1008 }]);
    expect(directTargets('اعاده تشغيل الخدمه', WITH_PAGES, named)).toEqual([{ kind: 'code', code: 1012 }]);
    expect(directTargets('إِعَادَة تشغيل الخدمة', WITH_PAGES, named)).toEqual([{ kind: 'code', code: 1012 }]);
    expect(directTargets('got abnormal closure again', WITH_PAGES, named)).toEqual([{ kind: 'code', code: 1006 }]);
    expect(directTargets('normal', WITH_PAGES, named)).toEqual([]);
    expect(directTargets('1000 policy violation', WITH_PAGES, named)).toEqual([
      { kind: 'compare', a: 1000, b: 1008 },
      { kind: 'code', code: 1000 },
      { kind: 'code', code: 1008 },
    ]);
  });

  it('puts the comparison first when two codes are named, by number or by name', () => {
    const named = [
      { code: 1001, names: ['Going Away', 'مغادرة الطرف'] },
      { code: 1006, names: ['Abnormal Closure'] },
    ];
    expect(directTargets('1006 vs 1001', WITH_PAGES)).toEqual([
      { kind: 'compare', a: 1006, b: 1001 },
      { kind: 'code', code: 1006 },
      { kind: 'code', code: 1001 },
    ]);
    expect(directTargets('مغادرة الطرف أم abnormal closure', WITH_PAGES, named)[0]).toEqual({ kind: 'compare', a: 1006, b: 1001 });
    // The same code twice, or a code and a number without a page, is not a pair.
    expect(directTargets('1006 1006 abnormal closure', WITH_PAGES, named)).toEqual([{ kind: 'code', code: 1006 }]);
    expect(directTargets('1006 4001', WITH_PAGES)).toEqual([
      { kind: 'code', code: 1006 },
      { kind: 'range', range: 'private', number: 4001 },
    ]);
  });

  it('merges direct hits ahead of full-text results without duplicates', () => {
    const merged = mergeResults(
      [{ url: '/en/1006/', id: 'direct' }],
      [{ url: '/en/compare/1005-vs-1006/', id: 'a' }, { url: '/en/1006/#fix', id: 'dup' }, { url: '/en/1001/', id: 'b' }],
      3,
    );
    expect(merged.map((r) => r.id)).toEqual(['direct', 'a', 'b']);
  });
});

describe('full-text queries', () => {
  it('sends English and Russian queries as they are', () => {
    expect(fullTextQueries('close frame', 'en')).toEqual(['close frame']);
    expect(fullTextQueries('фрейм закрытия', 'ru')).toEqual(['фрейм закрытия']);
  });

  it('also searches Arabic words with the article toggled', () => {
    expect(fullTextQueries('متصفحات', 'ar')).toEqual(['متصفحات', 'المتصفحات']);
    expect(fullTextQueries('المتصفحات', 'ar')).toEqual(['المتصفحات', 'متصفحات']);
    expect(fullTextQueries('إعادة الاتصال', 'ar')).toEqual(['إعادة الاتصال', 'الإعادة اتصال']);
    // Latin words, numbers, short words and short words that start with ال stay as they are.
    expect(fullTextQueries('CloseEvent في 1006 التي', 'ar')).toEqual(['CloseEvent في 1006 التي']);
    expect(fullTextQueries('going away', 'ar')).toEqual(['going away']);
  });

  it('merges results of several queries once each, by best score', () => {
    const merged = mergeScored([
      [{ id: 'a', score: 1 }, { id: 'b', score: 3 }],
      [{ id: 'a', score: 5 }, { id: 'c', score: 2 }],
    ]);
    expect(merged).toEqual([{ id: 'a', score: 5 }, { id: 'b', score: 3 }, { id: 'c', score: 2 }]);
    expect(mergeScored([])).toEqual([]);
  });
});

describe('filling UI templates', () => {
  it('fills known slots and leaves unknown ones visible', () => {
    expect(fillSlots('{a} {nameA} vs {b} {nameB}', { a: 1001, nameA: 'Going Away', b: 1006, nameB: 'Abnormal Closure' })).toBe(
      '1001 Going Away vs 1006 Abnormal Closure',
    );
    expect(fillSlots('{a} مقابل {b} {missing}', { a: 1000, b: 1008 })).toBe('1000 مقابل 1008 {missing}');
  });
});

describe('excerpts', () => {
  it('become text parts, marks kept, markup never passed through', () => {
    expect(excerptParts('a <mark>1006</mark> &lt;b&gt; <img src=x onerror=alert(1)>')).toEqual([
      { text: 'a ', marked: false },
      { text: '1006', marked: true },
      { text: ' <b> ', marked: false },
    ]);
  });
});

import { numberFromPath } from '../../src/lib/not-found';

describe('reading a number from a missing address', () => {
  it('finds the number a visitor was after', () => {
    expect(numberFromPath('/4001/', WITH_PAGES)).toBe(4001);
    expect(numberFromPath('/ar/1020/', WITH_PAGES)).toBe(1020);
    expect(numberFromPath('/en/compare/1001-vs-4001/', WITH_PAGES)).toBe(4001);
    expect(numberFromPath('/ru/compare/1001-vs-1001/', WITH_PAGES)).toBe(1001);
    expect(numberFromPath('/ru/70000/', WITH_PAGES)).toBeNull();
    expect(numberFromPath('/en/no-such-page/', WITH_PAGES)).toBeNull();
    expect(numberFromPath('/%E0%A4%A/', WITH_PAGES)).toBeNull();
  });
});

describe('a pasted message finds the page that lists it', () => {
  const coded = [
    { code: 1001, names: ['Going Away'], strings: ['The WebSocket session […] idle timeout expired', 'CloseGoingAway'] },
    { code: 1002, names: ['Protocol error'], strings: ['Invalid UTF-8 in text frame', 'Could not decode a text frame as UTF-8.'] },
    { code: 1012, names: ['Service Restart'], strings: ["Failed to execute 'close' on 'WebSocket': The close code must be either 1000, or between 3000 and 4999. 1012 is neither."] },
    { code: 1013, names: ['Try Again Later'], strings: ["Failed to execute 'close' on 'WebSocket': The close code must be either 1000, or between 3000 and 4999. 1013 is neither."] },
    { code: 3008, names: ['Timeout'], strings: [] },
  ];

  it('puts the listing page ahead of a page whose name shares a word', () => {
    // "timeout" is 3008's whole name, but the quote is Tomcat's 1001 reason.
    expect(directTargets('idle timeout expired', WITH_PAGES, coded)).toEqual([
      { kind: 'code', code: 1001 },
      { kind: 'code', code: 3008 },
    ]);
    expect(codesQuoted('decode a text frame', coded)).toEqual([1002]);
  });

  it('needs three words, or a whole constant', () => {
    expect(codesQuoted('text frame', coded)).toEqual([]);
    expect(codesQuoted('closegoingaway', coded)).toEqual([1001]);
    // The last part of a qualified constant, when it is long enough to be one.
    const dotnet = [{ code: 1001, names: [], strings: ['WebSocketCloseStatus.EndpointUnavailable', 'CloseCode::Status'] }];
    expect(codesQuoted('EndpointUnavailable', dotnet)).toEqual([1001]);
    expect(codesQuoted('status', dotnet)).toEqual([]);
    expect(codesQuoted('Going', coded)).toEqual([]);
  });

  it('finds a whole message inside a longer pasted line, across the parts that vary', () => {
    expect(codesQuoted('WARN  The WebSocket session [4f2] idle timeout expired at 12:00', coded)).toEqual([1001]);
    expect(codesQuoted('Uncaught DOMException: Could not decode a text frame as UTF-8. (x.js:3)', coded)).toEqual([1002]);
  });

  it('reads the numbers of a quoted message as part of it, not as a pair to compare', () => {
    const pasted = "The close code must be either 1000, or between 3000 and 4999. 1012 is neither.";
    expect(directTargets(pasted, WITH_PAGES, coded)[0]).toEqual({ kind: 'code', code: 1012 });
    expect(directTargets(pasted, WITH_PAGES, coded).some((t) => t.kind === 'compare')).toBe(false);
    // A shared wording lists every code that has it, the one the query names first.
    expect(codesQuoted('must be either 1000, or between 3000', coded)).toEqual([1012, 1013]);
  });
});

describe('a code named by the words of its name, in any order and inflection', () => {
  it('matches every query word to a word of the name', () => {
    expect(namesWords('рукопожатие TLS', 'Сбой TLS-рукопожатия')).toBe(true);
    expect(namesWords('closure abnormal', 'Abnormal Closure')).toBe(true);
    expect(namesWords('normal closure', 'Abnormal Closure')).toBe(false);
    expect(namesWords('TLS', 'TLS handshake')).toBe(false); // one word is not a name
    expect(namesWords('рукопожатие закрытия', 'Сбой TLS-рукопожатия')).toBe(false);
  });
});

describe('a library named in the query', () => {
  const libraries = [
    { id: 'python-websockets', names: ['Python websockets', 'python websockets'] },
    { id: 'gorilla', names: ['Go gorilla/websocket', 'gorilla', 'gorilla/websocket'] },
    { id: 'ws', names: ['Node.js ws', 'ws'] },
  ];

  it('is recognised by its name, id or alias as whole words', () => {
    expect(librariesNamed('python websockets close code', libraries)).toEqual(['python-websockets']);
    expect(librariesNamed('gorilla/websocket 1006', libraries)).toEqual(['gorilla']);
    expect(librariesNamed('wss connection closed', libraries)).toEqual([]);
  });

  it('comes after a code the query names, and first when none is named', () => {
    expect(directTargets('gorilla 1006', WITH_PAGES, [], libraries)).toEqual([
      { kind: 'code', code: 1006 },
      { kind: 'library', id: 'gorilla' },
    ]);
    expect(directTargets('python websockets close code', WITH_PAGES, [], libraries)).toEqual([{ kind: 'library', id: 'python-websockets' }]);
  });
});

describe('numbers that applications define', () => {
  const named: NamedCode[] = [
    { code: 3000, names: ['Unauthorized'], strings: ['DisconnectConnectionClosed'] },
    { code: 1006, names: ['Abnormal Closure'] },
    { code: 4004, names: [], strings: ['Authentication failed', 'Over quota', 'BadResponse'], app: true },
    { code: 4401, names: [], strings: ['Unauthorized'], app: true },
    { code: 4409, names: [], strings: ['SubscriberAlreadyExists', 'Subscriber for … already exists'], app: true },
    { code: 4500, names: [], strings: ['SESSION_NOT_RELIABLE'], app: true },
  ];
  const pages = new Set(named.map((n) => n.code));
  const apps: NamedLibrary[] = [
    { id: 'pusher', names: ['Pusher Channels', 'pusher'] },
    { id: 'discord-gateway', names: ['Discord Gateway', 'discord gateway'] },
  ];

  it('sends a number, a constant or a name to the number\'s page', () => {
    expect(directTargets('4004', pages, named, [], apps)).toEqual([{ kind: 'code', code: 4004 }]);
    expect(directTargets('SESSION_NOT_RELIABLE', pages, named, [], apps)).toEqual([{ kind: 'code', code: 4500 }]);
    expect(directTargets('BadResponse', pages, named, [], apps)).toEqual([{ kind: 'code', code: 4004 }]);
    expect(directTargets('DisconnectConnectionClosed', pages, named, [], apps)).toEqual([{ kind: 'code', code: 3000 }]);
  });

  it('puts the number first and the system after it when both are named', () => {
    expect(directTargets('pusher 4004', pages, named, [], apps)).toEqual([
      { kind: 'code', code: 4004 },
      { kind: 'app', id: 'pusher' },
    ]);
    expect(directTargets('discord 4004', pages, named, [], apps)).toEqual([{ kind: 'code', code: 4004 }]);
    expect(directTargets('Discord Gateway close codes', pages, named, [], apps)).toEqual([{ kind: 'app', id: 'discord-gateway' }]);
  });

  it('finds a pasted line by the reason text it contains', () => {
    expect(directTargets('Disconnected (reason: "Subscriber for 6be19906 already exists")', pages, named)).toEqual([{ kind: 'code', code: 4409 }]);
  });

  it('keeps a registered code first when its own name is typed, ahead of an application that reuses the word', () => {
    expect(directTargets('unauthorized', pages, named)).toEqual([
      { kind: 'code', code: 3000 },
      { kind: 'code', code: 4401 },
    ]);
  });

  it('never offers a comparison with a number only applications define', () => {
    expect(directTargets('4004 vs 1006', pages, named)).toEqual([
      { kind: 'code', code: 4004 },
      { kind: 'code', code: 1006 },
    ]);
  });
});

describe('a constant a system moved to another number', () => {
  it('leads to the number it has now, then to the one it had', () => {
    const named: NamedCode[] = [
      { code: 3007, names: [], strings: [], older: ['DisconnectStale', 'stale'], app: true },
      { code: 3502, names: [], strings: ['DisconnectStale', 'stale'], app: true },
    ];
    expect(codesQuoted('DisconnectStale', named)).toEqual([3502, 3007]);
  });
});
