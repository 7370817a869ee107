import type { z } from 'astro/zod';
import { codeFactsSchema, librarySchema } from '../schemas/code';
import { PROSE_SECTIONS, proseFrontmatterSchema } from '../schemas/prose';

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

export interface ProseFile extends DataFile {
  lang: string;
  /** The code named by the file name, e.g. 1006 for `1006.mdx`. */
  fileCode: number;
  body: string;
}

export interface ContentSnapshot {
  langs: readonly string[];
  codes: DataFile[];
  libraries: DataFile;
  prose: ProseFile[];
  /** Where a missing prose file is expected, for the error message. */
  prosePath: (lang: string, code: number) => string;
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

  // Libraries first: code files refer to them.
  const libraryIds = new Set<string>();
  const librariesData = parsed(snapshot.libraries, errors);
  if (librariesData !== undefined) {
    if (!Array.isArray(librariesData)) {
      errors.push({ file: snapshot.libraries.file, field: '(root)', message: 'Expected a list of libraries' });
    } else {
      librariesData.forEach((entry, index) => {
        const result = librarySchema.safeParse(entry);
        if (!result.success) {
          for (const e of zodErrors(snapshot.libraries.file, result.error)) {
            errors.push({ ...e, field: `[${index}].${e.field}` });
          }
          return;
        }
        if (libraryIds.has(result.data.id)) {
          errors.push({ file: snapshot.libraries.file, field: `[${index}].id`, message: `Duplicate library id "${result.data.id}"` });
        }
        libraryIds.add(result.data.id);
      });
    }
  }

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
    facts.libraries.forEach((naming, i) => {
      if (!libraryIds.has(naming.library)) {
        errors.push({ file, field: `libraries.${i}.library`, message: `Unknown library "${naming.library}": add it to ${snapshot.libraries.file}` });
      }
      if (!naming.identifier && naming.messages.length === 0) {
        errors.push({ file, field: `libraries.${i}`, message: 'Give an identifier or at least one message' });
      }
    });
  }

  // Prose: exactly one file per language and code.
  const seenProse = new Set<string>();
  for (const file of snapshot.prose) {
    seenProse.add(`${file.lang}/${file.fileCode}`);
    if (!snapshot.langs.includes(file.lang)) {
      errors.push({ file: file.file, field: '(file)', message: `Unknown language folder "${file.lang}"` });
    }
    if (!codeFile.has(file.fileCode)) {
      errors.push({ file: file.file, field: '(file)', message: `Prose for code ${file.fileCode}, which has no content/codes file` });
    }
    const data = parsed(file, errors);
    if (data !== undefined) {
      const result = proseFrontmatterSchema.safeParse(data);
      if (!result.success) errors.push(...zodErrors(file.file, result.error));
      const code = (data as { code?: unknown } | null)?.code;
      if (typeof code === 'number' && code !== file.fileCode) {
        errors.push({ file: file.file, field: 'code', message: `Code ${code} does not match the file name` });
      }
    }
    errors.push(...checkProseBody(file, codeFile));
  }
  for (const code of codeFile.keys()) {
    for (const lang of snapshot.langs) {
      if (!seenProse.has(`${lang}/${code}`)) {
        errors.push({ file: snapshot.prosePath(lang, code), field: '(file)', message: `Missing ${lang} translation of code ${code}` });
      }
    }
  }

  return errors;
}

function checkProseBody(file: ProseFile, codes: Map<number, string>): ContentError[] {
  const errors: ContentError[] = [];
  const kinds = [...file.body.matchAll(SECTION_TAG)].map((m) => m[1]);
  if (kinds.join(',') !== PROSE_SECTIONS.join(',')) {
    errors.push({
      file: file.file,
      field: 'body',
      message: `Expected sections ${PROSE_SECTIONS.map((k) => `<Section kind="${k}">`).join(', ')} in this order, found ${kinds.length ? kinds.map((k) => `"${k}"`).join(', ') : 'none'}`,
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
