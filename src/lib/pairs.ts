/** Pairs of codes: one canonical, ascending order per unordered pair. */

export interface CodePair {
  readonly low: number;
  readonly high: number;
}

export function canonicalPair(a: number, b: number): CodePair {
  if (a === b) throw new Error(`A code cannot be compared with itself (${a})`);
  return a < b ? { low: a, high: b } : { low: b, high: a };
}

/** Every unordered pair of distinct codes, in ascending order: n·(n−1)/2 pairs. */
export function allPairs(codes: readonly number[]): CodePair[] {
  const sorted = [...new Set(codes)].sort((x, y) => x - y);
  const pairs: CodePair[] = [];
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) pairs.push({ low: sorted[i], high: sorted[j] });
  }
  return pairs;
}

export function pairSlug(a: number, b: number): string {
  return `${a}-vs-${b}`;
}

/** Reads `1001-vs-1002`; returns null for anything else (including a code against itself). */
export function parsePairSlug(slug: string): { first: number; second: number } | null {
  const match = /^(\d{1,5})-vs-(\d{1,5})$/.exec(slug);
  if (!match) return null;
  const first = Number(match[1]);
  const second = Number(match[2]);
  if (first === second) return null;
  return { first, second };
}
