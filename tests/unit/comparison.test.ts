import { describe, expect, it } from 'vitest';
import { compareCodes, consoleTells, wireRole, type Statement } from '../../src/lib/comparison';
import { allPairs } from '../../src/lib/pairs';
import type { CodeFacts } from '../../src/schemas/code';
import { ALL_CODES, realFacts } from './helpers';

const base: CodeFacts = {
  code: 1000,
  ianaName: 'Normal Closure',
  otherNames: [],
  sources: [{ kind: 'iana', url: 'https://www.iana.org/assignments/websocket/websocket.xml' }],
  canSendInCloseFrame: true,
  canPassToBrowserClose: true,
  senders: ['client', 'server'],
  reconnect: 'no',
  nature: 'completed',
  cleanClose: 'if-handshake-completes',
  related: [],
};
const fact = (over: Partial<CodeFacts>): CodeFacts => ({ ...base, ...over });
const keys = (statements: Statement[]) => statements.map((s) => s.key);

describe('comparing two codes from their facts', () => {
  it('tells a code on the wire from a locally reported one', () => {
    const sent = fact({ code: 1000 });
    const local = fact({ code: 1005, canSendInCloseFrame: false, canPassToBrowserClose: false, senders: ['none'], reconnect: 'no', nature: 'no-status' });
    const { differences } = compareCodes(local, sent);
    expect(differences[0]).toEqual({ key: 'diff.nature', a: 1005, b: 1000, natureA: 'no-status', natureB: 'completed' });
    expect(differences[1]).toEqual({ key: 'diff.wire', sent: 1000, other: 1005, otherRole: 'local' });
    expect(keys(differences)).toContain('diff.browserClose');
    // Who sends a code is not a difference when one of them never travels.
    expect(keys(differences)).not.toContain('diff.senders');
  });

  it('separates a reserved code from a locally reported one', () => {
    const reserved = fact({ code: 1004, canSendInCloseFrame: false, canPassToBrowserClose: false, senders: ['none'], reconnect: 'never-seen', nature: 'reserved' });
    const local = fact({ code: 1006, canSendInCloseFrame: false, canPassToBrowserClose: false, senders: ['none'], reconnect: 'backoff', nature: 'connection-lost' });
    expect(wireRole(reserved)).toBe('unused');
    expect(wireRole(local)).toBe('local');
    expect(compareCodes(reserved, local).differences[1]).toEqual({ key: 'diff.wireLocalUnused', local: 1006, unused: 1004 });
  });

  it('reports shared facts as similarities, not differences', () => {
    const a = fact({ code: 1012, canPassToBrowserClose: false, senders: ['server'], reconnect: 'backoff' });
    const b = fact({ code: 1013, canPassToBrowserClose: false, senders: ['server'], reconnect: 'backoff', httpStatus: 503 });
    const { differences, similarities } = compareCodes(a, b);
    expect(keys(differences)).toEqual(['diff.httpOne']);
    expect(keys(similarities)).toEqual(['same.nature', 'same.wire', 'same.senders', 'same.clean', 'same.reason', 'same.browserClose', 'same.reconnect', 'same.range']);
  });

  it('compares HTTP counterparts and ranges', () => {
    const a = fact({ code: 1011, canPassToBrowserClose: false, httpStatus: 500, reconnect: 'backoff' });
    const b = fact({ code: 3000, httpStatus: 401, reconnect: 'after-reauth' });
    const { differences } = compareCodes(a, b);
    expect(differences).toContainEqual({ key: 'diff.http', a: 1011, b: 3000, httpA: 500, httpB: 401 });
    expect(differences).toContainEqual({ key: 'diff.range', a: 1011, b: 3000, rangeA: 'protocol', rangeB: 'registered' });
    expect(differences).toContainEqual({ key: 'diff.reconnect', a: 1011, b: 3000, adviceA: 'backoff', adviceB: 'after-reauth' });
  });

  it('tells what the page\'s CloseEvent shows: wasClean, and whether a reason can be there', () => {
    const sent = fact({ code: 1000 });
    const noStatus = fact({ code: 1005, canSendInCloseFrame: false, canPassToBrowserClose: false, senders: ['none'], nature: 'no-status', cleanClose: 'yes' });
    const lost = fact({ code: 1006, canSendInCloseFrame: false, canPassToBrowserClose: false, senders: ['none'], nature: 'connection-lost', cleanClose: 'no' });
    expect(compareCodes(sent, lost).differences).toContainEqual({ key: 'diff.clean', a: 1000, b: 1006, cleanA: 'if-handshake-completes', cleanB: 'no' });
    expect(compareCodes(sent, lost).differences).toContainEqual({ key: 'diff.reason', withReason: 1000, without: 1006 });
    // 1005 and 1006: neither carries a reason, but only 1005 comes after a completed handshake.
    const { differences, similarities } = compareCodes(noStatus, lost);
    expect(differences).toContainEqual({ key: 'diff.clean', a: 1005, b: 1006, cleanA: 'yes', cleanB: 'no' });
    expect(similarities).toContainEqual({ key: 'same.reason', can: false });
  });

  it('lists what each browser\'s console shows, and says so when nothing is on record', () => {
    const tells = consoleTells(
      [
        { code: 1006, lines: [{ browser: 'Chrome', texts: ['a', 'b'] }, { browser: 'Firefox', texts: [] }] },
        { code: 1000, lines: [{ browser: 'Chrome', texts: [] }] },
      ],
      ['Chrome', 'Firefox', 'Safari'],
    );
    expect(tells).toEqual([
      { key: 'tell.console', code: 1006, browser: 'Chrome', count: 2, text: 'a' },
      { key: 'tell.noConsole', code: 1000, browsers: ['Chrome', 'Firefox', 'Safari'] },
    ]);
  });

  it('refuses to compare a code with itself', () => {
    expect(() => compareCodes(base, base)).toThrow(/itself/);
  });

  it('says something about every dimension for every real pair', () => {
    const facts = realFacts();
    for (const { low, high } of allPairs(ALL_CODES)) {
      const { differences, similarities } = compareCodes(facts.get(low)!, facts.get(high)!);
      expect(differences.length + similarities.length).toBeGreaterThanOrEqual(4);
    }
  });
});
