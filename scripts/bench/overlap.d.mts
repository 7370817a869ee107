/** Types for overlap.mjs, which the bench (plain JS) and the build-output tests (TypeScript) share. */
export function sentences(html: string): string[];
export function pairOverlap(dist: string, lang: string, low: number, high: number): number;
export function allPairOverlaps(
  dist: string,
  langs: readonly string[],
): Record<string, { pages: number; median: number; max: number; worst: string | null }>;
