#!/usr/bin/env node
// Builds the site twice, each in its own fresh copy of the project, and compares the two
// dist/ trees byte for byte. Prints every file that differs (or exists in only one build)
// and exits 1 if there is any; exits 0 when the builds are identical.
//
//   node scripts/check-reproducible.mjs [--keep]      build twice and compare
//   node scripts/check-reproducible.mjs --compare A B  only compare two existing dist folders
//
// Each copy is the working tree without node_modules, dist, .git and the other generated,
// git-ignored folders (.astro, test-results, …), so it builds like a fresh clone. Its
// node_modules is a real folder of symlinks to this project's packages, leaving out the
// package caches (node_modules/.astro, .vite, .cache) so neither build can reuse the
// other's cache. The two copies live at different paths, so output that depends on the
// absolute build path also shows up as a difference. Builds run one after the other with
// the project's pinned Node (node_modules/.bin/node), whatever Node runs this script.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const keep = process.argv.includes('--keep');

/** Top-level entries never copied: dependencies, build output, VCS, generated caches. */
const EXCLUDE = new Set(['node_modules', 'dist', '.git', '.astro', 'test-results', 'playwright-report', 'bench-results']);
for (const line of readFileSync(join(ROOT, '.gitignore'), 'utf8').split(/\r?\n/)) {
  const m = /^\/?([^*!#\s/][^*\s/]*)\/?$/.exec(line.trim());
  if (m) EXCLUDE.add(m[1]);
}
/** Package caches inside node_modules that builds write to. */
const CACHES = new Set(['.astro', '.vite', '.cache', '.vite-temp']);

const NODE = join(ROOT, 'node_modules', '.bin', 'node');
if (!existsSync(NODE) || !existsSync(join(ROOT, 'node_modules', 'astro', 'package.json'))) {
  console.error('node_modules/.bin/node or astro is missing: run `npm install` (or `node scripts/setup.mjs`) first.');
  process.exit(2);
}
// Astro's CLI entry as its package.json names it (astro 7: bin/astro.mjs; older: astro.js).
const astroPkg = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'astro', 'package.json'), 'utf8'));
const ASTRO = join('node_modules', 'astro', typeof astroPkg.bin === 'string' ? astroPkg.bin : astroPkg.bin.astro);

function prepare(dir) {
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(ROOT)) {
    if (EXCLUDE.has(entry)) continue;
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true, verbatimSymlinks: true });
  }
  const modules = join(dir, 'node_modules');
  mkdirSync(modules);
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (CACHES.has(entry)) continue;
    symlinkSync(join(ROOT, 'node_modules', entry), join(modules, entry));
  }
}

function build(dir, label) {
  const started = Date.now();
  const env = { ...process.env };
  delete env.SITE_URL; // both builds use the configured default origin
  // The same two steps as `npm run build`: the site, then its search index.
  let r = spawnSync(NODE, [ASTRO, 'build'], { cwd: dir, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.status === 0) {
    r = spawnSync(NODE, [join(dir, 'src/integrations/search-index.ts'), 'dist'], { cwd: dir, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`build ${label} failed (exit ${r.status}) in ${dir}:\n${(r.stdout ?? '').slice(-4000)}\n${(r.stderr ?? '').slice(-4000)}`);
    return false;
  }
  console.log(`build ${label}: ${seconds} s`);
  return true;
}

function files(root) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out.push(relative(root, full).split(sep).join('/'));
    }
  };
  walk(root);
  return out.sort();
}

/** A short description of where two buffers first differ. */
function firstDifference(a, b) {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a[i] === b[i]) i++;
  const show = (buf) => JSON.stringify(buf.subarray(Math.max(0, i - 40), i + 60).toString('utf8'));
  return `sizes ${a.length}/${b.length}, first difference at byte ${i}:\n      a: ${show(a)}\n      b: ${show(b)}`;
}

/** Compares two dist trees; prints the differences; returns the exit code (0 same, 1 different). */
function compare(distA, distB) {
  const listA = files(distA);
  const listB = files(distB);
  const setA = new Set(listA);
  const setB = new Set(listB);
  const onlyA = listA.filter((f) => !setB.has(f));
  const onlyB = listB.filter((f) => !setA.has(f));
  const differing = [];
  for (const f of listA) {
    if (!setB.has(f)) continue;
    const a = readFileSync(join(distA, f));
    const b = readFileSync(join(distB, f));
    if (!a.equals(b)) differing.push({ file: f, detail: firstDifference(a, b) });
  }
  console.log(`compared ${listA.length} files (a) with ${listB.length} files (b)`);
  for (const f of onlyA) console.log(`  only in build a: ${f}`);
  for (const f of onlyB) console.log(`  only in build b: ${f}`);
  for (const { file, detail } of differing.slice(0, 50)) console.log(`  differs: ${file} (${detail})`);
  if (differing.length > 50) {
    console.log(`  … and ${differing.length - 50} more differing files:`);
    for (const { file } of differing.slice(50)) console.log(`  differs: ${file}`);
  }
  const total = onlyA.length + onlyB.length + differing.length;
  if (total > 0) {
    console.log(`NOT reproducible: ${differing.length} differing file(s), ${onlyA.length + onlyB.length} file(s) in one build only`);
    return 1;
  }
  console.log('reproducible: both builds are byte-for-byte identical');
  return 0;
}

// `--compare A B`: only compare two existing build outputs (e.g. from two machines).
const compareAt = process.argv.indexOf('--compare');
if (compareAt >= 0) {
  const [a, b] = process.argv.slice(compareAt + 1, compareAt + 3);
  if (!a || !b) {
    console.error('usage: node scripts/check-reproducible.mjs --compare DIST_A DIST_B');
    process.exit(2);
  }
  process.exit(compare(resolve(a), resolve(b)));
}

const work = mkdtempSync(join(tmpdir(), 'closecodes-repro-'));
const dirA = join(work, 'a');
const dirB = join(work, 'copy-b'); // a different path length on purpose
let exitCode = 0;
try {
  console.log(`copies in ${work}`);
  prepare(dirA);
  prepare(dirB);
  if (!build(dirA, 'a') || !build(dirB, 'b')) {
    exitCode = 2;
  } else {
    exitCode = compare(join(dirA, 'dist'), join(dirB, 'dist'));
  }
} finally {
  if (keep) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
process.exit(exitCode);
