import { describe, expect, it } from 'vitest';
import { browserRows, generators, guideTables, indexNamings, libraryRows, numberSources, orderMessages } from '../../src/lib/code-behaviour';
import { librarySchema, sourceHref, sourceLabel, type Library } from '../../src/schemas/library';

const source = 'chromium/chromium:net/websockets/websocket_channel.cc@0123456789abcdef0123456789abcdef01234567';
const lib = (data: unknown): Library => librarySchema.parse(data);
const chrome = lib({
  id: 'chrome',
  name: 'Chrome',
  platform: 'Browser',
  kind: 'browser',
  url: 'https://www.google.com/chrome/',
  sources: [source],
  codes: [
    {
      code: 1005,
      received: { outcome: 'fails', pageSees: 1006, sendsBack: 1002, source },
      messages: [
        { text: 'The code must be either 1000, or between 3000 and 4999. 1005 is neither.', kind: 'thrown', source, older: true },
        { text: 'The close code must be either 1000, or between 3000 and 4999. 1005 is neither.', kind: 'thrown', source },
        { text: 'Received a broken close frame containing a reserved status code.', kind: 'console', source },
      ],
    },
  ],
});
const tomcat = lib({
  id: 'tomcat',
  name: 'Apache Tomcat',
  platform: 'Java',
  kind: 'library',
  url: 'https://tomcat.apache.org/',
  sources: ['apache/tomcat:java/org/apache/tomcat/websocket/WsSession.java@11.0.0'],
  codes: [{ code: 1006, generates: [{ when: 'idle-timeout', as: 'local', source: 'apache/tomcat:java/org/apache/tomcat/websocket/WsSession.java' }] }],
});
const names: Record<string, string> = { chrome: 'Chrome', firefox: 'Firefox', safari: 'Safari' };

describe('what a code page shows about browsers and libraries', () => {
  const index = indexNamings([tomcat, chrome]);

  it('has a row for every compared browser, and one without data is not verified', () => {
    const rows = browserRows(index.get(1005)!, (id) => names[id]!);
    expect(rows.map((r) => [r.name, r.verified])).toEqual([
      ['Chrome', true],
      ['Firefox', false],
      ['Safari', false],
    ]);
    expect(rows[0]!.received).toMatchObject({ outcome: 'fails', pageSees: 1006, sendsBack: 1002 });
    expect(rows[0]!.console.map((m) => m.kind)).toEqual(['console']);
    expect(rows[1]).toMatchObject({ received: undefined, thrown: [], console: [] });
  });

  it('shows a current wording before the older one', () => {
    const [chromeRow] = browserRows(index.get(1005)!, (id) => names[id]!);
    expect(orderMessages(chromeRow!.thrown).map((m) => [m.text.slice(0, 13), m.older])).toEqual([
      ['The close cod', false],
      ['The code must', true],
    ]);
  });

  it('lists browsers first and keeps a library without a name or text out of the names table', () => {
    expect(index.get(1006)!.map((n) => n.library.id)).toEqual(['tomcat']);
    expect(libraryRows(index.get(1006)!)).toEqual([]);
    expect(generators(index.get(1006)!).map((g) => [g.naming.library.id, g.behaviour.when, g.behaviour.as])).toEqual([
      ['tomcat', 'idle-timeout', 'local'],
    ]);
  });
});

describe('source references', () => {
  it('link a repository file at its ref, and name it briefly', () => {
    expect(sourceHref(source)).toBe(
      'https://github.com/chromium/chromium/blob/0123456789ab/net/websockets/websocket_channel.cc',
    );
    expect(sourceLabel(source)).toBe('chromium/chromium/net/websockets/websocket_channel.cc@0123456789ab');
    expect(sourceHref('websockets/ws:lib/validation.js')).toBe('https://github.com/websockets/ws/blob/HEAD/lib/validation.js');
    expect(sourceHref('https://example.org/doc')).toBe('https://example.org/doc');
  });

  it('reject anything else', () => {
    for (const bad of ['TODO', 'http://insecure.example/', 'ws lib/validation.js', 'owner/name', '']) {
      expect(librarySchema.shape.sources.element.safeParse(bad).success, bad).toBe(false);
    }
  });
});

describe('numbered source notes', () => {
  it('number each source once, in the order the page shows them', () => {
    const index = indexNamings([tomcat, chrome]);
    const rows = browserRows(index.get(1005)!, (id) => names[id]!);
    const notes = numberSources(rows, [], generators(index.get(1006)!));
    expect(notes.refs).toEqual([source, 'apache/tomcat:java/org/apache/tomcat/websocket/WsSession.java']);
    expect(notes.numberOf(source)).toBe(1);
    expect(() => notes.numberOf('websockets/ws:lib/sender.js')).toThrow(/not numbered/);
  });
});

describe('a guide page from its library file', () => {
  it('splits the data into constants, refused, printed, produced and received, each in code order', () => {
    const tables = guideTables(chrome);
    expect(tables.constants).toEqual([]);
    expect(tables.refused.map((r) => [r.code, r.messages.map((m) => m.older)])).toEqual([[1005, [false, true]]]);
    expect(tables.printed.map((r) => [r.code, r.messages.map((m) => m.kind)])).toEqual([[1005, ['console']]]);
    expect(tables.received).toEqual([{ code: 1005, received: expect.objectContaining({ outcome: 'fails' }) }]);
    // Every source the tables cite, and the library's own sources, are numbered once.
    expect(tables.notes.refs).toEqual([source]);
    const tomcatTables = guideTables(tomcat);
    expect(tomcatTables.produces.map((p) => [p.code, p.behaviour.when])).toEqual([[1006, 'idle-timeout']]);
    expect(tomcatTables.notes.refs).toEqual([
      'apache/tomcat:java/org/apache/tomcat/websocket/WsSession.java',
      'apache/tomcat:java/org/apache/tomcat/websocket/WsSession.java@11.0.0',
    ]);
  });
});
