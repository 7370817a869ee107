import { MAX_CLOSE_CODE } from './ranges';

/**
 * The number a missing address refers to, if any: `/4001/` → 4001, `/ar/1020/` → 1020,
 * `/en/compare/1001-vs-4001/` → 4001 (the side without a page). Null when there is none.
 */
export function numberFromPath(path: string, codesWithPages: ReadonlySet<number>): number | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    decoded = path;
  }
  const numbers: number[] = [];
  for (const segment of decoded.split('/')) {
    const parts = /^\d{1,5}$/.test(segment) ? [segment] : /^\d{1,5}-vs-\d{1,5}$/.test(segment) ? segment.split('-vs-') : [];
    for (const part of parts) {
      const n = Number(part);
      if (n <= MAX_CLOSE_CODE) numbers.push(n);
    }
  }
  return numbers.find((n) => !codesWithPages.has(n)) ?? numbers[0] ?? null;
}
