import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { codeFactsSchema } from './schemas/code';
import { librarySchema } from './schemas/library';
import { appSchema, appTextSchema } from './schemas/app';
import { comparisonFrontmatterSchema, guideFrontmatterSchema, proseFrontmatterSchema, rangeFrontmatterSchema } from './schemas/prose';
import { CONTENT_DIRS } from './lib/content-files';

export const collections = {
  codes: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `./${CONTENT_DIRS.codes}` }),
    schema: codeFactsSchema,
  }),
  prose: defineCollection({
    // Entry ids are `{lang}/{code}`, e.g. `ar/1006`.
    loader: glob({ pattern: '*/*.mdx', base: `./${CONTENT_DIRS.prose}` }),
    schema: proseFrontmatterSchema,
  }),
  comparisons: defineCollection({
    // Entry ids are `{lang}/{low}-vs-{high}`.
    loader: glob({ pattern: '*/*.mdx', base: `./${CONTENT_DIRS.comparisons}` }),
    schema: comparisonFrontmatterSchema,
  }),
  guides: defineCollection({
    // Entry ids are `{lang}/{library id}`.
    loader: glob({ pattern: '*/*.mdx', base: `./${CONTENT_DIRS.guides}` }),
    schema: guideFrontmatterSchema,
  }),
  ranges: defineCollection({
    loader: glob({ pattern: '*/*.mdx', base: `./${CONTENT_DIRS.ranges}` }),
    schema: rangeFrontmatterSchema,
  }),
  apps: defineCollection({
    // One file per application system: content/apps/{id}.yaml.
    loader: glob({ pattern: '*.yaml', base: `./${CONTENT_DIRS.apps}` }),
    schema: appSchema,
  }),
  appTexts: defineCollection({
    // Entry ids are `{lang}/{system id}`.
    loader: glob({ pattern: '*/*.yaml', base: `./${CONTENT_DIRS.apps}` }),
    schema: appTextSchema,
  }),
  libraries: defineCollection({
    // One file per library, browser or service: content/libraries/{id}.yaml.
    loader: glob({ pattern: '*.yaml', base: `./${CONTENT_DIRS.libraries}` }),
    schema: librarySchema,
  }),
};
