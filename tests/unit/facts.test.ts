import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content-files';
import { indexNamings } from '../../src/lib/code-behaviour';
import { librarySchema, type Library } from '../../src/schemas/library';
import { realFacts, ROOT } from './helpers';

/**
 * The corrections of the expert review (shared/reference/reviews/facts-en.md), held in the
 * data: if a later edit brings an old error back, these fail.
 */
const libraries = new Map<string, Library>(
  readContent(ROOT).libraries.map((file) => {
    const library = librarySchema.parse(file.data);
    return [library.id, library];
  }),
);
const entry = (library: string, code: number) => libraries.get(library)!.codes.find((e) => e.code === code);
const texts = (library: string, code: number) => (entry(library, code)?.messages ?? []).map((m) => m.text);
const produces = (library: string, code: number) => (entry(library, code)?.generates ?? []).map((g) => `${g.when}/${g.as}`);
const facts = realFacts();

describe('browsers (E1, E2, E6)', () => {
  it("gives Chrome's current close() wording, and keeps the older one labelled older", () => {
    const messages = entry('chrome', 1001)!.messages;
    const current = messages.find((m) => m.text.includes('The close code must be either 1000, or between 3000 and 4999. 1001 is neither.'));
    const older = messages.find((m) => m.text.includes('The code must be either 1000, or between 3000 and 4999. 1001 is neither.'));
    expect(current).toMatchObject({ kind: 'thrown', older: false });
    expect(older).toMatchObject({ kind: 'thrown', older: true });
    expect(older!.versions).toBeDefined();
  });

  it('Chrome fails the connection only for a received 1005, 1006 or 1015, and passes every other code to the page', () => {
    for (const code of facts.keys()) {
      const received = entry('chrome', code)?.received;
      if ([1005, 1006, 1015].includes(code)) expect(received, String(code)).toMatchObject({ outcome: 'fails', pageSees: 1006, sendsBack: 1002 });
      else if (received) expect(received, String(code)).toMatchObject({ outcome: 'delivered', pageSees: code });
    }
  });

  it('Chrome answers invalid UTF-8 in a text frame with 1002 and never sends 1007', () => {
    expect(produces('chrome', 1002)).toContain('invalid-utf8/sent');
    expect(produces('chrome', 1007).filter((p) => p.endsWith('/sent'))).toEqual([]);
  });

  it('claims nothing for Safari on received codes: its close-code checks are in closed source', () => {
    expect([...libraries.get('safari')!.codes].filter((e) => e.received)).toEqual([]);
  });
});

describe('registrations and meanings (E3, E4, E5, E7)', () => {
  it('1012 asks for a randomized 5–30 s delay; 1013 for another address or a user action', () => {
    expect(facts.get(1012)!.reconnect).toBe('restart-delay');
    expect(facts.get(1013)!.reconnect).toBe('elsewhere-or-user');
  });

  it('1003 and 1010 are not protocol violations', () => {
    expect(facts.get(1002)!.nature).toBe('protocol-violation');
    expect(facts.get(1003)!.nature).toBe('unsupported-data');
    expect(facts.get(1010)!.nature).toBe('extension-missing');
  });

  it('1014 has no IANA name', () => {
    expect(facts.get(1014)!.ianaName).toBeNull();
  });
});

describe('versions of library texts (E8)', () => {
  it("marks OkHttp's 'Code 1012 is reserved' as an older version's text", () => {
    for (const code of [1012, 1013, 1014]) {
      const message = entry('okhttp', code)!.messages.find((m) => m.text === `Code ${code} is reserved and may not be used.`)!;
      expect(message, String(code)).toMatchObject({ older: true });
    }
  });
});

describe('the senders the review found missing', () => {
  it('Socket.IO closes with no code; OkHttp sends 1010; python-websockets sends 1001 on shutdown', () => {
    expect(produces('socketio', 1005)).toContain('close-without-code/sent');
    expect(produces('okhttp', 1010)).toContain('extension-mismatch/sent');
    expect(texts('okhttp', 1010)).toContain('unexpected Sec-WebSocket-Extensions in response header');
    expect(produces('python-websockets', 1001)).toContain('shutdown/sent');
  });

  it("Tomcat's idle timeout sends 1001 and reports 1006 locally", () => {
    expect(produces('tomcat', 1001)).toContain('idle-timeout/sent');
    expect(produces('tomcat', 1006)).toContain('idle-timeout/local');
  });

  it('lists the common Java 1009 messages and Jetty constants', () => {
    expect(texts('tomcat', 1009)).toContain(
      'The decoded text message was too big for the output buffer and the endpoint does not support partial messages',
    );
    expect(texts('jetty', 1009).some((t) => t.startsWith('Text message too large'))).toBe(true);
    const jetty = Object.fromEntries([1004, 1010, 1012, 1013, 1014].map((code) => [code, entry('jetty', code)?.identifier]));
    expect(jetty).toEqual({
      1004: 'StatusCode.UNDEFINED',
      1010: 'StatusCode.REQUIRED_EXTENSION',
      1012: 'StatusCode.SERVICE_RESTART',
      1013: 'StatusCode.TRY_AGAIN_LATER',
      1014: 'StatusCode.INVALID_UPSTREAM_RESPONSE',
    });
  });
});

describe('every code page has data to show', () => {
  it('each code has at least one library or browser entry', () => {
    const index = indexNamings([...libraries.values()]);
    for (const code of facts.keys()) expect(index.get(code)?.length ?? 0, String(code)).toBeGreaterThan(0);
  });
});
