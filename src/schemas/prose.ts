import { z } from 'astro/zod';
import { RANGES } from '../lib/ranges';

/** Front matter of content/prose/{lang}/{code}.mdx. */
export const proseFrontmatterSchema = z.strictObject({
  code: z.int(),
  /** The code's name written in this language. */
  name: z.string().min(1),
  /** One sentence: what the code means. */
  summary: z.string().min(1),
});
export type ProseFrontmatter = z.infer<typeof proseFrontmatterSchema>;

/** Front matter of content/comparisons/{lang}/{low}-vs-{high}.mdx: a hand-written comparison. */
export const comparisonFrontmatterSchema = z.strictObject({
  low: z.int(),
  high: z.int(),
});

const RANGE_IDS = RANGES.map((r) => r.id) as [string, ...string[]];

/** Front matter of content/ranges/{lang}/{range}.mdx. */
export const rangeFrontmatterSchema = z.strictObject({
  range: z.enum(RANGE_IDS),
  summary: z.string().min(1),
});

/** Front matter of content/guides/{lang}/{id}.mdx: how to work with close codes in one library or browser. */
export const guideFrontmatterSchema = z.strictObject({
  /** Id of the library's data file, content/libraries/{id}.yaml. */
  library: z.string().min(1),
  /** One or two sentences: what the guide helps with. */
  summary: z.string().min(1),
});
export type GuideFrontmatter = z.infer<typeof guideFrontmatterSchema>;

/** The `<Section kind>` blocks each kind of prose must contain, once each, in this order. */
export const SECTIONS = {
  code: ['meaning', 'symptoms', 'fix'],
  comparison: ['practice', 'advice'],
  range: ['who', 'registration', 'unknown'],
  guide: ['reading', 'closing', 'quirks', 'example'],
} as const;
export type ProseKind = keyof typeof SECTIONS;
export type SectionKind = (typeof SECTIONS)[ProseKind][number];
