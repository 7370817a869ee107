import { describe, expect, it } from 'vitest';
import { allPairs, canonicalPair, pairSlug, parsePairSlug } from '../../src/lib/pairs';
import { browserMayClose, rangeOf, RANGES } from '../../src/lib/ranges';
import { ALL_CODES } from './helpers';

describe('pair generation', () => {
  it('makes n(n-1)/2 unordered pairs, each ascending and unique', () => {
    const pairs = allPairs(ALL_CODES);
    expect(pairs).toHaveLength(171);
    expect(pairs.every((p) => p.low < p.high)).toBe(true);
    expect(new Set(pairs.map((p) => pairSlug(p.low, p.high))).size).toBe(171);
  });

  it('ignores duplicates and input order', () => {
    expect(allPairs([3, 1, 2, 1])).toEqual([
      { low: 1, high: 2 },
      { low: 1, high: 3 },
      { low: 2, high: 3 },
    ]);
    expect(allPairs([5])).toEqual([]);
  });

  it('puts either order into one canonical order', () => {
    expect(canonicalPair(1002, 1001)).toEqual({ low: 1001, high: 1002 });
    expect(canonicalPair(1001, 1002)).toEqual({ low: 1001, high: 1002 });
    expect(() => canonicalPair(1006, 1006)).toThrow(/itself/);
  });

  it('reads and writes pair slugs', () => {
    expect(pairSlug(1001, 1002)).toBe('1001-vs-1002');
    expect(parsePairSlug('1002-vs-1001')).toEqual({ first: 1002, second: 1001 });
    for (const bad of ['1001-vs-1001', '1001-1002', 'a-vs-b', '1001-vs-', '-vs-1002', '1001-vs-1002/']) {
      expect(parsePairSlug(bad)).toBeNull();
    }
  });
});

describe('ranges', () => {
  it('cover 0–65535 without gaps or overlaps', () => {
    expect(RANGES[0].min).toBe(0);
    expect(RANGES.at(-1)!.max).toBe(65535);
    for (let i = 1; i < RANGES.length; i++) expect(RANGES[i].min).toBe(RANGES[i - 1].max + 1);
  });

  it('classify boundaries as RFC 6455 §7.4.2 does', () => {
    expect(rangeOf(0).id).toBe('unused');
    expect(rangeOf(999).id).toBe('unused');
    expect(rangeOf(1000).id).toBe('protocol');
    expect(rangeOf(2999).id).toBe('protocol');
    expect(rangeOf(3000).id).toBe('registered');
    expect(rangeOf(3999).id).toBe('registered');
    expect(rangeOf(4000).id).toBe('private');
    expect(rangeOf(4999).id).toBe('private');
    expect(rangeOf(5000).id).toBe('invalid');
    expect(rangeOf(65535).id).toBe('invalid');
  });

  it('reject values that cannot be a close code', () => {
    for (const bad of [-1, 65536, 1.5, Number.NaN]) expect(() => rangeOf(bad)).toThrow(RangeError);
  });

  it('know which codes browser script may pass to close()', () => {
    expect(browserMayClose(1000)).toBe(true);
    expect(browserMayClose(1001)).toBe(false);
    expect(browserMayClose(2999)).toBe(false);
    expect(browserMayClose(3000)).toBe(true);
    expect(browserMayClose(4999)).toBe(true);
    expect(browserMayClose(5000)).toBe(false);
  });
});
