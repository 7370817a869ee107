import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { LANGS } from '../i18n/locales';
import type { ContentSnapshot, DataFile, ProseFile } from './content-validation';

/** Where content lives, relative to the project root. */
export const CONTENT_DIRS = {
  codes: 'content/codes',
  prose: 'content/prose',
  libraries: 'content/libraries.yaml',
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
  return match ? { frontmatter: match[1], body: match[2] } : null;
}

/** Reads every content file under `root` into a snapshot for `validateContent`. */
export function readContent(root: string): ContentSnapshot {
  const codesDir = join(root, CONTENT_DIRS.codes);
  const codes = listFiles(codesDir, /\.ya?ml$/).map((name) => readYaml(root, join(codesDir, name)));

  const prose: ProseFile[] = [];
  const proseDir = join(root, CONTENT_DIRS.prose);
  for (const lang of listFiles(proseDir, /^[^.]+$/)) {
    for (const name of listFiles(join(proseDir, lang), /\.mdx$/)) {
      const path = join(proseDir, lang, name);
      const source = readFileSync(path, 'utf8');
      const parts = splitFrontmatter(source);
      const fileCode = Number(name.replace(/\.mdx$/, ''));
      const base = { lang, fileCode, file: relative(root, path) };
      if (!parts) {
        prose.push({ ...base, body: source, parseError: 'Missing front matter between --- lines' });
      } else {
        prose.push({ ...readYaml(root, path, parts.frontmatter), ...base, body: parts.body });
      }
    }
  }

  return {
    langs: LANGS,
    codes,
    libraries: readYaml(root, join(root, CONTENT_DIRS.libraries)),
    prose,
    prosePath: (lang, code) => `${CONTENT_DIRS.prose}/${lang}/${code}.mdx`,
  };
}
