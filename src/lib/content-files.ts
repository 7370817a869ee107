import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { LANGS } from '../i18n/locales';
import type { ContentSnapshot, DataFile, MdxFile } from './content-validation';

/** Where content lives, relative to the project root. */
export const CONTENT_DIRS = {
  codes: 'content/codes',
  prose: 'content/prose',
  comparisons: 'content/comparisons',
  ranges: 'content/ranges',
  guides: 'content/guides',
  libraries: 'content/libraries',
  apps: 'content/apps',
} as const;

function readYaml(root: string, path: string, text?: string): DataFile {
  const file = relative(root, path);
  if (text === undefined && !existsSync(path)) return { file, parseError: 'File is missing' };
  try {
    return { file, data: parseYaml(text ?? readFileSync(path, 'utf8')) };
  } catch (error) {
    return { file, parseError: `Not valid YAML: ${(error as Error).message.split('\n')[0]}` };
  }
}

function readJson(root: string, path: string): DataFile {
  const file = relative(root, path);
  if (!existsSync(path)) return { file, parseError: 'File is missing' };
  try {
    return { file, data: JSON.parse(readFileSync(path, 'utf8')) };
  } catch (error) {
    return { file, parseError: `Not valid JSON: ${(error as Error).message}` };
  }
}

function listFiles(dir: string, pattern: RegExp): string[] {
  try {
    return readdirSync(dir).filter((name) => pattern.test(name)).sort();
  } catch {
    return [];
  }
}

/** Splits `---\nfront matter\n---\nbody`. */
export function splitFrontmatter(source: string): { frontmatter: string; body: string } | null {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  return match ? { frontmatter: match[1]!, body: match[2]! } : null;
}

/** Reads `{dir}/{lang}/{slug}.mdx` files. */
function readMdxTree(root: string, dir: string): MdxFile[] {
  const files: MdxFile[] = [];
  const base = join(root, dir);
  for (const lang of listFiles(base, /^[^.]+$/)) {
    for (const name of listFiles(join(base, lang), /\.mdx$/)) {
      const path = join(base, lang, name);
      const source = readFileSync(path, 'utf8');
      const parts = splitFrontmatter(source);
      const entry = { lang, slug: name.replace(/\.mdx$/, ''), file: relative(root, path) };
      files.push(
        parts
          ? { ...readYaml(root, path, parts.frontmatter), ...entry, body: parts.body }
          : { ...entry, body: source, parseError: 'Missing front matter between --- lines' },
      );
    }
  }
  return files;
}

/** The systems' files (content/apps/{id}.yaml) and their text per language (content/apps/{lang}/{id}.yaml). */
export function readAppFiles(root: string): Pick<ContentSnapshot, 'apps' | 'appTexts'> {
  const dir = join(root, CONTENT_DIRS.apps);
  return {
    apps: listFiles(dir, /\.ya?ml$/).map((name) => readYaml(root, join(dir, name))),
    appTexts: listFiles(dir, /^[^.]+$/).flatMap((lang) =>
      listFiles(join(dir, lang), /\.ya?ml$/).map((name) => ({
        ...readYaml(root, join(dir, lang, name)),
        lang,
        slug: name.replace(/\.ya?ml$/, ''),
      })),
    ),
  };
}

/** The folder of each kind of prose. */
const PROSE_DIRS = { code: 'prose', comparison: 'comparisons', range: 'ranges', guide: 'guides' } as const;

/** Reads every content file under `root` into a snapshot for `validateContent`. */
export function readContent(root: string): ContentSnapshot {
  const codesDir = join(root, CONTENT_DIRS.codes);
  const librariesDir = join(root, CONTENT_DIRS.libraries);
  return {
    langs: LANGS,
    codes: listFiles(codesDir, /\.ya?ml$/).map((name) => readYaml(root, join(codesDir, name))),
    libraries: listFiles(librariesDir, /\.ya?ml$/).map((name) => readYaml(root, join(librariesDir, name))),
    ...readAppFiles(root),
    prose: readMdxTree(root, CONTENT_DIRS.prose),
    comparisons: readMdxTree(root, CONTENT_DIRS.comparisons),
    ranges: readMdxTree(root, CONTENT_DIRS.ranges),
    guides: readMdxTree(root, CONTENT_DIRS.guides),
    locales: LANGS.map((lang) => ({ lang, ...readJson(root, join(root, `locales/${lang}.json`)) })),
    expectedPath: (kind, lang, slug) => `${CONTENT_DIRS[PROSE_DIRS[kind]]}/${lang}/${slug}.mdx`,
  };
}
