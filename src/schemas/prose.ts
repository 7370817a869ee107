import { z } from 'astro/zod';

/** Front matter of content/prose/{lang}/{code}.mdx. */
export const proseFrontmatterSchema = z.strictObject({
  code: z.int(),
  /** The code's name written in this language. */
  name: z.string().min(1),
  /** One sentence: what the code means. */
  summary: z.string().min(1),
});

export type ProseFrontmatter = z.infer<typeof proseFrontmatterSchema>;

/** The sections every code's prose must contain, once each, in this order. */
export const PROSE_SECTIONS = ['meaning', 'symptoms', 'fix'] as const;
export type ProseSection = (typeof PROSE_SECTIONS)[number];
