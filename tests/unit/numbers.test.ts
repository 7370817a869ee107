import { describe, expect, it } from 'vitest';
import { appSchema, type App } from '../../src/schemas/app';
import { createNumberIndex } from '../../src/lib/numbers';

const source = 'owner/repo:codes.md@v1';
const app = (id: string, name: string, ranges: unknown[], codes: Record<string, unknown>[]): App =>
  appSchema.parse({
    id,
    name,
    kind: 'api',
    url: 'https://example.org/',
    sources: [source],
    ranges,
    codes: codes.map((c) => ({ sender: 'server', reconnect: 'unspecified', source, ...c })),
  });

const gateway = app('gateway', 'Gateway', [{ min: 4000, max: 4014 }], [
  { code: 4004, name: 'Authentication failed', reconnect: 'no' },
  { code: 4000, name: 'Unknown error', reconnect: 'reconnect' },
]);
const channels = app('channels', 'Channels', [
  { min: 4000, max: 4099, rule: 'no' },
  { min: 4100, max: 4199, rule: 'backoff' },
], [
  { code: 4004, name: 'Over quota', reconnect: 'no' },
  { code: 4100, name: 'Over capacity', reconnect: 'backoff' },
]);
const realtime = app('realtime', 'Realtime', [
  { min: 3000, max: 3499, rule: 'reconnect' },
  { min: 3500, max: 3999, rule: 'no' },
], [
  { code: 3000, name: 'connection closed', reconnect: 'reconnect', since: '0.20.0' },
  { code: 3000, name: 'normal', reconnect: 'reconnect', until: '0.20.0' },
  { code: 3502, name: 'stale', reconnect: 'no' },
]);
const REGISTERED = [1000, 1006, 3000, 3003, 3008];
const index = createNumberIndex(REGISTERED, [realtime, gateway, channels]);

describe('what does number N mean (the one lookup)', () => {
  it('lists every system that uses a colliding number, by system name', () => {
    const m = index.meaning(4004);
    expect(m.range.id).toBe('private');
    expect(m.registered).toBe(false);
    expect(m.browserMayClose).toBe(true);
    expect(m.uses.map((u) => [u.app.id, u.entry.name])).toEqual([
      ['channels', 'Over quota'],
      ['gateway', 'Authentication failed'],
    ]);
    expect(index.appsUsing(4004).map((a) => a.id)).toEqual(['channels', 'gateway']);
  });

  it('applies a system\'s block rule to a number it does not name, and not to one it names', () => {
    expect(index.meaning(4150).uses).toEqual([]);
    expect(index.meaning(4150).rules.map((r) => [r.app.id, r.range.rule])).toEqual([['channels', 'backoff']]);
    expect(index.meaning(4100).rules).toEqual([]);
    expect(index.meaning(4100).uses.map((u) => u.app.id)).toEqual(['channels']);
    // Gateway claims 4000–4014 but states no block rule, so it adds nothing to 4013.
    expect(index.meaning(4013).rules.map((r) => r.app.id)).toEqual(['channels']);
  });

  it('answers for a number nobody uses: its range only', () => {
    const m = index.meaning(4567);
    expect(m).toMatchObject({ code: 4567, registered: false, uses: [], rules: [] });
    expect(m.range.id).toBe('private');
    expect(index.meaning(2999)).toMatchObject({ registered: false, uses: [], rules: [], browserMayClose: false });
    expect(index.meaning(65535).range.id).toBe('invalid');
  });

  it('keeps a registered number registered while listing the systems that also use it, current meaning first', () => {
    const m = index.meaning(3000);
    expect(m.registered).toBe(true);
    expect(m.range.id).toBe('registered');
    expect(m.uses.map((u) => [u.entry.name, u.key])).toEqual([
      ['connection closed', '3000'],
      ['normal', '3000<0.20.0'],
    ]);
  });

  it('gives pages to the numbers systems use, and leaves registered codes to their own pages', () => {
    expect(index.named).toEqual([3000, 3502, 4000, 4004, 4100]);
    expect(index.appNumbers).toEqual([3502, 4000, 4004, 4100]);
    expect(index.withPages).toEqual([1000, 1006, 3000, 3003, 3008, 3502, 4000, 4004, 4100]);
  });

  it('rejects a number outside the 16-bit close-code space', () => {
    expect(() => index.meaning(70000)).toThrow(RangeError);
  });
});
