import type { z } from 'astro/zod';
import {
  appSchema,
  appTextSchema,
  compareVersionPoints,
  meaningKey,
  parseVersionPoint,
  type App,
  type VersionPoint,
} from '../schemas/app';

/**
 * Checks the application systems' files (content/apps/{id}.yaml) and their text per
 * language (content/apps/{lang}/{id}.yaml). Pure, like the rest of the content check:
 * it takes already-read files and reports every problem with its file and field.
 */

export interface AppFileProblem {
  file: string;
  field: string;
  message: string;
}

interface ReadFile {
  file: string;
  data?: unknown;
  parseError?: string;
}

export interface AppTextFile extends ReadFile {
  lang: string;
  /** The file name without `.yaml`. */
  slug: string;
}

const zodProblems = (file: string, error: z.ZodError): AppFileProblem[] =>
  error.issues.map((issue) => ({ file, field: issue.path.length ? issue.path.join('.') : '(root)', message: issue.message }));

/** The half-open span [since, until) of a meaning; a missing end is open. */
interface Span {
  since: VersionPoint | null;
  until: VersionPoint | null;
}

function spansOverlap(a: Span, b: Span): boolean {
  const startsBeforeEnd = (start: VersionPoint | null, end: VersionPoint | null) =>
    start === null || end === null || compareVersionPoints(start, end) < 0;
  return startsBeforeEnd(a.since, b.until) && startsBeforeEnd(b.since, a.until);
}

/** Problems inside one valid system file: ranges, codes outside them, versions and duplicates. */
export function appProblems(app: App, file: string): AppFileProblem[] {
  const problems: AppFileProblem[] = [];
  const fromName = /([^/]+)\.ya?ml$/.exec(file)?.[1];
  if (fromName !== app.id) problems.push({ file, field: 'id', message: `System id "${app.id}" does not match the file name` });

  app.ranges.forEach((range, i) => {
    if (range.min > range.max) problems.push({ file, field: `ranges.${i}`, message: `Range ${range.min}–${range.max} ends before it starts` });
    app.ranges.slice(0, i).forEach((other, j) => {
      if (range.min <= other.max && other.min <= range.max) {
        problems.push({ file, field: `ranges.${i}`, message: `Range ${range.min}–${range.max} overlaps ranges.${j} (${other.min}–${other.max})` });
      }
    });
  });

  const kinds = new Set<string>();
  const spans: Span[] = app.codes.map((entry, i) => {
    const point = (field: 'since' | 'until') => {
      const value = entry[field];
      if (value === undefined) return null;
      const parsed = parseVersionPoint(value);
      if (parsed) kinds.add(parsed.kind);
      else problems.push({ file, field: `codes.${i}.${field}`, message: `"${value}" is neither a version nor a date` });
      return parsed;
    };
    return { since: point('since'), until: point('until') };
  });
  if (kinds.size > 1) {
    problems.push({ file, field: 'codes', message: 'since/until mix versions and dates; use one kind per system so meanings can be ordered' });
  }

  app.codes.forEach((entry, i) => {
    const field = `codes.${i}`;
    if (!app.ranges.some((r) => entry.code >= r.min && entry.code <= r.max)) {
      const claimed = app.ranges.map((r) => (r.min === r.max ? `${r.min}` : `${r.min}–${r.max}`)).join(', ');
      problems.push({ file, field: `${field}.code`, message: `Code ${entry.code} is outside the ranges this system claims (${claimed})` });
    }
    const span = spans[i]!;
    if (kinds.size === 1 && span.since && span.until && compareVersionPoints(span.since, span.until) >= 0) {
      problems.push({ file, field: `${field}.until`, message: `until ${entry.until} is not after since ${entry.since}` });
    }
    app.codes.slice(0, i).forEach((other, j) => {
      if (other.code === entry.code && kinds.size <= 1 && spansOverlap(spans[j]!, span)) {
        problems.push({
          file,
          field: `${field}.code`,
          message: `Code ${entry.code} has two meanings in the same version (also codes.${j}); give them since/until that do not overlap`,
        });
      }
    });
  });
  return problems;
}

/** Where one language's text of a system is expected. */
export const appTextPath = (dir: string, lang: string, id: string) => `${dir}/${lang}/${id}.yaml`;

/**
 * Checks every system file and its text in every language; returns the valid systems.
 * The first language is the reference for the list of notes.
 */
export function checkAppFiles(
  files: readonly ReadFile[],
  texts: readonly AppTextFile[],
  langs: readonly string[],
  dir: string,
  problems: AppFileProblem[],
): App[] {
  const valid: App[] = [];
  const seen = new Map<string, string>();
  // A system counts as known by its file name even when its data is invalid, so one bad file
  // yields its own errors, not a cascade of "unknown system" in its text files.
  const known = new Set(files.map((f) => /([^/]+)\.ya?ml$/.exec(f.file)?.[1]));
  for (const file of files) {
    if (file.parseError !== undefined) {
      problems.push({ file: file.file, field: '(file)', message: file.parseError });
      continue;
    }
    const result = appSchema.safeParse(file.data);
    if (!result.success) {
      problems.push(...zodProblems(file.file, result.error));
      continue;
    }
    const app = result.data;
    const existing = seen.get(app.id);
    if (existing) {
      problems.push({ file: file.file, field: 'id', message: `Duplicate system id "${app.id}": also in ${existing}` });
      continue;
    }
    seen.set(app.id, file.file);
    const own = appProblems(app, file.file);
    problems.push(...own);
    // Text files are found by file name: a system whose id differs has no text to check.
    if (!own.some((p) => p.field === 'id')) valid.push(app);
  }

  const byId = new Map(valid.map((app) => [app.id, app]));
  const found = new Set<string>();
  const noteCounts = new Map<string, number>();
  const ordered = [...texts].sort((a, b) => langs.indexOf(a.lang) - langs.indexOf(b.lang));
  for (const text of ordered) {
    found.add(`${text.lang}/${text.slug}`);
    if (!langs.includes(text.lang)) {
      problems.push({ file: text.file, field: '(file)', message: `Unknown language folder "${text.lang}"` });
      continue;
    }
    if (!known.has(text.slug)) {
      problems.push({ file: text.file, field: '(file)', message: `"${text.slug}" is not a system with a ${dir}/${text.slug}.yaml file` });
      continue;
    }
    if (text.parseError !== undefined) {
      problems.push({ file: text.file, field: '(file)', message: text.parseError });
      continue;
    }
    const result = appTextSchema.safeParse(text.data);
    if (!result.success) {
      problems.push(...zodProblems(text.file, result.error));
      continue;
    }
    const { app: appId, meanings, notes } = result.data;
    if (appId !== text.slug) problems.push({ file: text.file, field: 'app', message: `app "${appId}" does not match the file name` });
    const app = byId.get(text.slug);
    if (!app) continue;
    const expected = app.codes.map(meaningKey);
    for (const key of expected) {
      if (!(key in meanings)) problems.push({ file: text.file, field: `meanings.${key}`, message: `Missing ${text.lang} meaning of ${describeKey(key)}` });
    }
    for (const key of Object.keys(meanings)) {
      if (!expected.includes(key)) {
        problems.push({ file: text.file, field: `meanings.${key}`, message: `No code entry in ${dir}/${app.id}.yaml has the key "${key}" (a code, or code<until for a meaning that ended)` });
      }
    }
    const reference = noteCounts.get(app.id);
    if (reference === undefined) noteCounts.set(app.id, notes.length);
    else if (reference !== notes.length) {
      problems.push({ file: text.file, field: 'notes', message: `${notes.length} notes, but the ${langs[0]} text has ${reference}` });
    }
  }
  for (const app of valid) {
    for (const lang of langs) {
      if (!found.has(`${lang}/${app.id}`)) {
        problems.push({ file: appTextPath(dir, lang, app.id), field: '(file)', message: `Missing ${lang} text of system ${app.id}` });
      }
    }
  }
  return valid;
}

function describeKey(key: string): string {
  const [code, until] = key.split('<');
  return until ? `code ${code} before ${until}` : `code ${code}`;
}
