/** The close-code number space as RFC 6455 §7.4.2 and the IANA registry divide it. */
export const RANGES = [
  { id: 'unused', min: 0, max: 999 },
  { id: 'protocol', min: 1000, max: 2999 },
  { id: 'registered', min: 3000, max: 3999 },
  { id: 'private', min: 4000, max: 4999 },
  { id: 'invalid', min: 5000, max: 65535 },
] as const;

export type Range = (typeof RANGES)[number];
export type RangeId = Range['id'];

/** The largest value a close code can take: it is a 16-bit unsigned integer on the wire. */
export const MAX_CLOSE_CODE = 65535;

export function rangeOf(code: number): Range {
  if (!Number.isInteger(code) || code < 0 || code > MAX_CLOSE_CODE) {
    throw new RangeError(`${code} is not a 16-bit close code`);
  }
  const range = RANGES.find((r) => code >= r.min && code <= r.max);
  if (!range) throw new RangeError(`No range covers ${code}`);
  return range;
}

export function rangeById(id: RangeId): Range {
  const range = RANGES.find((r) => r.id === id);
  if (!range) throw new Error(`Unknown range "${id}"`);
  return range;
}

/** Browsers' `WebSocket.close(code)` accepts only 1000 and 3000–4999 (WHATWG). */
export function browserMayClose(code: number): boolean {
  return code === 1000 || (code >= 3000 && code <= 4999);
}

/** A block of numbers as text: `4100–4199`, or one number alone (`4999`). */
export function boundsText(min: number, max: number): string {
  return min === max ? String(min) : `${min}–${max}`;
}
