import type { z } from 'astro/zod';
import { codeFactsSchema } from '../schemas/code';
import { COMPARED_BROWSERS, hasGuide, librarySchema, type Library } from '../schemas/library';
import {
  SECTIONS,
  comparisonFrontmatterSchema,
  guideFrontmatterSchema,
  proseFrontmatterSchema,
  rangeFrontmatterSchema,
  type ProseKind,
} from '../schemas/prose';
import { uiKeyProblems } from '../i18n/key-parity';
import { pairSlug, parsePairSlug } from './pairs';
import { RANGES } from './ranges';
import { checkAppFiles, type AppTextFile } from './app-validation';
import { CONTENT_DIRS } from './content-files';

/**
 * Checks all content at once and reports every problem with its file and field, because
 * Astro's own schema check stops at the first bad entry and lets broken references pass.
 * Pure: it takes already-read files, so tests can feed it fixtures.
 */

export interface ContentError {
  file: string;
  field: string;
  message: string;
}

export interface DataFile {
  file: string;
  /** Parsed YAML; `parseError` is set instead when the file could not be parsed. */
  data?: unknown;
  parseError?: string;
}

/** An MDX file at `{dir}/{lang}/{slug}.mdx`; `data` is its parsed front matter. */
export interface MdxFile extends DataFile {
  lang: string;
  /** The file name without `.mdx`: a code (`1006`), a pair (`1000-vs-1005`) or a range id. */
  slug: string;
  body: string;
}

export interface ContentSnapshot {
  langs: readonly string[];
  codes: DataFile[];
  /** One file per library, browser or service: content/libraries/{id}.yaml. */
  libraries: DataFile[];
  /** One file per application system: content/apps/{id}.yaml. */
  apps: DataFile[];
  /** Each system's text per language: content/apps/{lang}/{id}.yaml. */
  appTexts: AppTextFile[];
  /** Per code and language: content/prose. */
  prose: MdxFile[];
  /** Hand-written comparisons of selected pairs: content/comparisons. */
  comparisons: MdxFile[];
  /** Per range and language: content/ranges. */
  ranges: MdxFile[];
  /** Per library or browser and language: content/guides. */
  guides: MdxFile[];
  /** Where a missing file is expected, for the error message. */
  expectedPath: (kind: ProseKind, lang: string, slug: string) => string;
  /** UI strings per language (locales/{lang}.json); the first language is the reference. */
  locales?: (DataFile & { lang: string })[];
}

function zodErrors(file: string, error: z.ZodError): ContentError[] {
  return error.issues.map((issue) => ({
    file,
    field: issue.path.length ? issue.path.join('.') : '(root)',
    message: issue.message,
  }));
}

function parsed(file: DataFile, errors: ContentError[]): unknown {
  if (file.parseError !== undefined) {
    errors.push({ file: file.file, field: '(file)', message: file.parseError });
    return undefined;
  }
  return file.data;
}

const SECTION_TAG = /<Section\s+kind="([^"]*)"\s*>/g;
const CODE_LINK = /<CodeLink\s+code=\{(\d+)\}\s*\/>/g;

export function validateContent(snapshot: ContentSnapshot): ContentError[] {
  const errors: ContentError[] = [];

  // Code facts. A code counts as defined by its file name even when its data is invalid,
  // so one bad file yields its own errors, not a cascade of "unknown code" elsewhere.
  const codeFile = new Map<number, string>();
  for (const file of snapshot.codes) {
    const fromName = /(\d+)\.ya?ml$/.exec(file.file);
    if (fromName && !codeFile.has(Number(fromName[1]))) codeFile.set(Number(fromName[1]), file.file);
  }
  const definedBy = new Map<number, string>();
  const validCodes: { file: string; facts: z.infer<typeof codeFactsSchema> }[] = [];
  for (const file of snapshot.codes) {
    const data = parsed(file, errors);
    if (data === undefined) continue;
    const result = codeFactsSchema.safeParse(data);
    if (!result.success) {
      errors.push(...zodErrors(file.file, result.error));
      continue;
    }
    const facts = result.data;
    const nameMatch = /(\d+)\.ya?ml$/.exec(file.file);
    if (!nameMatch || Number(nameMatch[1]) !== facts.code) {
      errors.push({ file: file.file, field: 'code', message: `Code ${facts.code} does not match the file name` });
    }
    const existing = definedBy.get(facts.code);
    if (existing) {
      errors.push({ file: file.file, field: 'code', message: `Duplicate code ${facts.code}: also defined in ${existing}` });
      continue;
    }
    definedBy.set(facts.code, file.file);
    codeFile.set(facts.code, file.file);
    validCodes.push({ file: file.file, facts });
  }

  for (const { file, facts } of validCodes) {
    facts.related.forEach((related, i) => {
      if (related === facts.code) {
        errors.push({ file, field: `related.${i}`, message: `A code cannot be related to itself (${related})` });
      } else if (!codeFile.has(related)) {
        errors.push({ file, field: `related.${i}`, message: `Unknown related code ${related}: no content/codes file defines it` });
      }
    });
    if (new Set(facts.related).size !== facts.related.length) {
      errors.push({ file, field: 'related', message: 'A related code is listed twice' });
    }
  }

  const libraries = checkLibraries(snapshot.libraries, codeFile, errors);

  // A guide per library and browser, in every language, naming only what the data holds.
  const byId = new Map(libraries.map((l) => [l.id, l]));
  const guideSlugs = libraries.filter(hasGuide).map((l) => l.id);
  errors.push(...checkMdxSet(snapshot, 'guide', snapshot.guides, guideSlugs, codeFile, (file) => checkGuideReferences(file, byId.get(file.slug))));

  // Application systems and their text in every language.
  checkAppFiles(snapshot.apps, snapshot.appTexts, snapshot.langs, CONTENT_DIRS.apps, errors);

  // UI strings: every language has every key of the reference, with its own plural forms.
  const [reference, ...translations] = snapshot.locales ?? [];
  const referenceData = reference ? parsed(reference, errors) : undefined;
  for (const locale of translations) {
    const data = parsed(locale, errors);
    if (data === undefined || referenceData === undefined) continue;
    for (const problem of uiKeyProblems(referenceData, data, locale.lang)) {
      errors.push({ file: locale.file, field: problem.key, message: problem.message });
    }
  }

  const codeSlugs = [...codeFile.keys()].map(String);
  errors.push(
    ...checkMdxSet(snapshot, 'code', snapshot.prose, codeSlugs, codeFile, (file, data) => {
      const code = (data as { code?: unknown } | null)?.code;
      return typeof code === 'number' && String(code) !== file.slug
        ? [{ file: file.file, field: 'code', message: `Code ${code} does not match the file name` }]
        : [];
    }),
  );

  // Every related pair (the pairs people confuse) needs its own text, and a pair written in
  // one language is required in all.
  const relatedSlugs = validCodes.flatMap(({ facts }) =>
    facts.related.filter((other) => codeFile.has(other)).map((other) => pairSlug(Math.min(facts.code, other), Math.max(facts.code, other))),
  );
  const curatedSlugs = [...new Set([...relatedSlugs, ...snapshot.comparisons.map((f) => f.slug)])];
  errors.push(
    ...checkMdxSet(snapshot, 'comparison', snapshot.comparisons, curatedSlugs, codeFile, (file, data) => {
      const pair = parsePairSlug(file.slug);
      const front = data as { low?: unknown; high?: unknown } | null;
      if (!pair || pair.first >= pair.second) {
        return [{ file: file.file, field: '(file)', message: 'Name a comparison {low}-vs-{high}.mdx with low < high' }];
      }
      const problems: ContentError[] = [];
      for (const code of [pair.first, pair.second]) {
        if (!codeFile.has(code)) problems.push({ file: file.file, field: '(file)', message: `Comparison of code ${code}, which has no content/codes file` });
      }
      if (front?.low !== pair.first || front?.high !== pair.second) {
        problems.push({ file: file.file, field: 'low', message: `Front matter must say low: ${pair.first}, high: ${pair.second}` });
      }
      return problems;
    }),
  );

  errors.push(
    ...checkMdxSet(snapshot, 'range', snapshot.ranges, RANGES.map((r) => r.id), codeFile, (file, data) => {
      const range = (data as { range?: unknown } | null)?.range;
      return typeof range === 'string' && range !== file.slug
        ? [{ file: file.file, field: 'range', message: `Range "${range}" does not match the file name` }]
        : [];
    }),
  );

  return errors;
}

/**
 * Library files: the schema, the file name, codes that have a page, one entry per code, a
 * source for every identifier, and `received` (what arrives in a Close frame) for browsers only.
 */
function checkLibraries(files: DataFile[], codes: Map<number, string>, errors: ContentError[]): Library[] {
  const valid: Library[] = [];
  const ids = new Map<string, string>();
  for (const file of files) {
    const data = parsed(file, errors);
    if (data === undefined) continue;
    const result = librarySchema.safeParse(data);
    if (!result.success) {
      errors.push(...zodErrors(file.file, result.error));
      continue;
    }
    const library = result.data;
    const fromName = /([^/]+)\.ya?ml$/.exec(file.file)?.[1];
    if (fromName !== library.id) {
      errors.push({ file: file.file, field: 'id', message: `Library id "${library.id}" does not match the file name` });
    }
    const existing = ids.get(library.id);
    if (existing) errors.push({ file: file.file, field: 'id', message: `Duplicate library id "${library.id}": also in ${existing}` });
    ids.set(library.id, file.file);
    valid.push(library);
    const seen = new Set<number>();
    library.codes.forEach((entry, i) => {
      const field = `codes.${i}`;
      if (!codes.has(entry.code)) {
        errors.push({ file: file.file, field: `${field}.code`, message: `Code ${entry.code} has no content/codes file` });
      }
      if (seen.has(entry.code)) errors.push({ file: file.file, field: `${field}.code`, message: `Code ${entry.code} is listed twice` });
      seen.add(entry.code);
      if (entry.identifier && !entry.source) {
        errors.push({ file: file.file, field: `${field}.source`, message: `Give the source that defines ${entry.identifier}` });
      }
      if (!entry.identifier && entry.source) {
        errors.push({ file: file.file, field: `${field}.source`, message: 'A source at this level is for the identifier; put it on the message or behaviour it backs' });
      }
      if (!entry.identifier && !entry.messages.length && !entry.generates.length && !entry.received) {
        errors.push({ file: file.file, field, message: 'Give an identifier, a message, a behaviour (generates) or what the browser does when it receives the code' });
      }
      if (entry.received && library.kind !== 'browser') {
        errors.push({ file: file.file, field: `${field}.received`, message: 'Only browsers record what happens to a received code' });
      }
      if (entry.messages.some((m) => m.kind === 'console') && library.kind !== 'browser') {
        errors.push({ file: file.file, field: `${field}.messages`, message: 'Only browsers have console messages' });
      }
      const texts = entry.messages.map((m) => m.text);
      if (new Set(texts).size !== texts.length) errors.push({ file: file.file, field: `${field}.messages`, message: 'A message is listed twice' });
    });
  }
  for (const browser of COMPARED_BROWSERS) {
    if (!ids.has(browser)) errors.push({ file: `content/libraries/${browser}.yaml`, field: '(file)', message: `Missing: every code page compares ${COMPARED_BROWSERS.join(', ')}` });
  }
  return valid;
}

const CONSTANT_TAG = /<Constant\s+name="([^"]*)"\s*\/>/g;
const MESSAGE_TAG = /<Message\s+text="([^"]*)"\s*\/>/g;

/** A guide names only constants and texts its library's data file holds: the data is the one source. */
function checkGuideReferences(file: MdxFile, library: Library | undefined): ContentError[] {
  const errors: ContentError[] = [];
  const front = file.data as { library?: unknown } | null;
  if (typeof front?.library === 'string' && front.library !== file.slug) {
    errors.push({ file: file.file, field: 'library', message: `Library "${front.library}" does not match the file name` });
  }
  if (!library) return errors;
  const identifiers = new Set(library.codes.flatMap((e) => (e.identifier ? [e.identifier] : [])));
  const texts = new Set(library.codes.flatMap((e) => e.messages.map((m) => m.text)));
  for (const match of file.body.matchAll(CONSTANT_TAG)) {
    if (!identifiers.has(match[1]!)) {
      errors.push({ file: file.file, field: 'body', message: `<Constant name="${match[1]}" /> is not an identifier in content/libraries/${library.id}.yaml` });
    }
  }
  for (const match of file.body.matchAll(MESSAGE_TAG)) {
    if (!texts.has(match[1]!)) {
      errors.push({ file: file.file, field: 'body', message: `<Message text="${match[1]}" /> is not a message in content/libraries/${library.id}.yaml` });
    }
  }
  return errors;
}

const UNKNOWN_SLUG = {
  code: 'code with a content/codes file',
  comparison: 'comparison',
  range: 'range',
  guide: 'library or browser with a content/libraries file',
};

const FRONTMATTER = {
  code: proseFrontmatterSchema,
  comparison: comparisonFrontmatterSchema,
  range: rangeFrontmatterSchema,
  guide: guideFrontmatterSchema,
};

/**
 * Checks one kind of MDX content: every expected slug exists in every language, nothing
 * unexpected exists, front matter matches its schema, and the body has the right sections.
 */
function checkMdxSet(
  snapshot: ContentSnapshot,
  kind: ProseKind,
  files: MdxFile[],
  expectedSlugs: readonly string[],
  codes: Map<number, string>,
  checkFile: (file: MdxFile, data: unknown) => ContentError[],
): ContentError[] {
  const errors: ContentError[] = [];
  const seen = new Set<string>();
  for (const file of files) {
    seen.add(`${file.lang}/${file.slug}`);
    if (!snapshot.langs.includes(file.lang)) {
      errors.push({ file: file.file, field: '(file)', message: `Unknown language folder "${file.lang}"` });
    }
    if (!expectedSlugs.includes(file.slug)) {
      errors.push({ file: file.file, field: '(file)', message: `"${file.slug}" is not a known ${UNKNOWN_SLUG[kind]}` });
    }
    const data = parsed(file, errors);
    if (data !== undefined) {
      const result = FRONTMATTER[kind].safeParse(data);
      if (!result.success) errors.push(...zodErrors(file.file, result.error));
      errors.push(...checkFile(file, data));
    }
    errors.push(...checkProseBody(file, SECTIONS[kind], codes));
  }
  for (const slug of expectedSlugs) {
    for (const lang of snapshot.langs) {
      if (!seen.has(`${lang}/${slug}`)) {
        errors.push({ file: snapshot.expectedPath(kind, lang, slug), field: '(file)', message: `Missing ${lang} translation of ${kind} ${slug}` });
      }
    }
  }
  return errors;
}

function checkProseBody(file: MdxFile, sections: readonly string[], codes: Map<number, string>): ContentError[] {
  const errors: ContentError[] = [];
  const kinds = [...file.body.matchAll(SECTION_TAG)].map((m) => m[1]);
  if (kinds.join(',') !== sections.join(',')) {
    errors.push({
      file: file.file,
      field: 'body',
      message: `Expected sections ${sections.map((k) => `<Section kind="${k}">`).join(', ')} in this order, found ${kinds.length ? kinds.map((k) => `"${k}"`).join(', ') : 'none'}`,
    });
  }
  const closing = file.body.match(/<\/Section>/g)?.length ?? 0;
  if (closing !== kinds.length) {
    errors.push({ file: file.file, field: 'body', message: `${kinds.length} <Section> tags opened but ${closing} closed` });
  }
  if (/^#{1,6}\s/m.test(stripFences(file.body))) {
    errors.push({ file: file.file, field: 'body', message: 'Headings are not allowed in prose: the page supplies section headings' });
  }
  for (const match of file.body.matchAll(CODE_LINK)) {
    const linked = Number(match[1]);
    if (!codes.has(linked)) {
      errors.push({ file: file.file, field: 'body', message: `<CodeLink code={${linked}} /> points to a code without a page` });
    }
  }
  return errors;
}

function stripFences(body: string): string {
  return body.replace(/^```[\s\S]*?^```/gm, '');
}

export function formatContentErrors(errors: readonly ContentError[]): string {
  const lines = errors.map((e) => `  ${e.file} › ${e.field}: ${e.message}`);
  return `Content check failed with ${errors.length} problem${errors.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}
