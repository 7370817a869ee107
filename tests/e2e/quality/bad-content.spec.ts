import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * Bad content must stop the build with the file and the field named, every problem at once.
 * Each case breaks a fresh copy of the project and runs `astro build` in it.
 */
const ROOT = process.cwd();
const SKIP = new Set(['node_modules', 'dist', '.git', '.astro', 'test-results', 'playwright-report', 'bench-results']);

function brokenCopy(breakIt: (dir: string) => void): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'bad-content-'));
  try {
    cpSync(ROOT, dir, { recursive: true, filter: (src) => !SKIP.has(src.slice(ROOT.length + 1).split('/')[0]!) });
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    breakIt(dir);
    const run = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
    return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const edit = (dir: string, file: string, change: (text: string) => string) =>
  writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test('data errors fail the build, all listed with file and field', () => {
  const { status, output } = brokenCopy((dir) => {
    edit(dir, 'content/codes/1003.yaml', (t) => t.replace(/^canPassToBrowserClose: .*\n/m, '')); // missing field
    edit(dir, 'content/codes/1007.yaml', (t) => t.replace(/^canSendInCloseFrame: .*$/m, 'canSendInCloseFrame: sometimes')); // wrong type
    edit(dir, 'content/codes/1009.yaml', (t) => t.replace(/^related: \[/m, 'related: [1099, ')); // unknown related code
    writeFileSync(join(dir, 'content/codes/1010-copy.yaml'), readFileSync(join(dir, 'content/codes/1010.yaml'))); // duplicate
    rmSync(join(dir, 'content/prose/ru/1012.mdx')); // missing translation
    edit(dir, 'locales/ar.json', (t) => {
      const data = JSON.parse(t) as { site: Record<string, string> };
      delete data.site.tagline; // UI key missing in one language
      return JSON.stringify(data);
    });
  });
  expect(status).not.toBe(0);
  for (const expected of [
    'content/codes/1003.yaml › canPassToBrowserClose',
    'content/codes/1007.yaml › canSendInCloseFrame',
    'content/codes/1009.yaml › related.0: Unknown related code 1099',
    'content/codes/1010.yaml › code: Duplicate code 1010: also defined in content/codes/1010-copy.yaml',
    'content/prose/ru/1012.mdx › (file): Missing ru translation of code 1012',
    'locales/ar.json › site.tagline: Missing UI string',
  ]) {
    expect(output).toContain(expected);
  }
});

test('invalid MDX fails the build and names the file', () => {
  const { status, output } = brokenCopy((dir) => {
    edit(dir, 'content/prose/en/1004.mdx', (t) => t.replace('</Section>', '{ unclosed expression\n\n</Section>'));
  });
  expect(status).not.toBe(0);
  expect(output).toContain('content/prose/en/1004.mdx');
});
