// Temporary copies of the project to build in, so the real checkout (and its dist/) is never
// touched, and synthetic content sets of N codes generated into such a copy.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { ROOT } from './util.mjs';

const SKIP_TOP = new Set(['node_modules', 'dist', '.git', '.astro', 'bench-results', 'test-results', 'playwright-report']);
/** Caches Astro and Vite keep inside node_modules: each copy gets its own, empty. */
export const CACHE_ENTRIES = new Set(['.astro', '.vite', '.vite-temp', '.vitest-cache', '.cache']);
export const LANGS = ['en', 'ar', 'ru'];

/**
 * Copies the project (without node_modules, dist, .git and caches) into a new temporary folder.
 * node_modules becomes a real folder of symlinks to each installed package, so the copy has
 * its own `node_modules/.astro` and `.vite` caches instead of sharing the checkout's.
 */
export function makeWorkspace(label) {
  const dir = join(tmpdir(), `closecodes-bench-${label}-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(ROOT)) {
    if (SKIP_TOP.has(entry)) continue;
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true, verbatimSymlinks: true });
  }
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (CACHE_ENTRIES.has(entry)) continue;
    symlinkSync(join(ROOT, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  return dir;
}

export function removeWorkspace(dir) {
  rmSync(dir, { recursive: true, force: true });
}

/** Front matter and body of an MDX file. */
function splitMdx(source) {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!m) throw new Error('MDX without front matter');
  return { front: parseYaml(m[1]), body: m[2] };
}

/** The application systems' files (content/apps/{id}.yaml), parsed. */
function appFiles(dir = ROOT) {
  const appsDir = join(dir, 'content/apps');
  return readdirSync(appsDir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => parseYaml(readFileSync(join(appsDir, f), 'utf8')));
}

/** Numbers application systems use: synthetic codes avoid them, so each keeps its own page. */
function appCodes(dir) {
  return new Set(appFiles(dir).flatMap((a) => a.codes.map((c) => c.code)));
}

/** Numbers for generated codes: half in the registered range (3100…), half in private (4600…). */
function syntheticNumbers(count, taken) {
  const registered = [];
  const priv = [];
  for (let c = 3100; c <= 3999 && registered.length < count; c++) if (!taken.has(c)) registered.push(c);
  for (let c = 4600; c <= 4999 && priv.length < count; c++) if (!taken.has(c)) priv.push(c);
  const out = [];
  for (let i = 0; out.length < count; i++) {
    if (i >= registered.length && i >= priv.length) throw new Error(`Cannot find ${count} free code numbers`);
    if (i < registered.length && out.length < count) out.push(registered[i]);
    if (i < priv.length && out.length < count) out.push(priv[i]);
  }
  return out.sort((a, b) => a - b);
}

/** Natures that only make sense for codes that never travel in a Close frame. */
const LOCAL_ONLY_NATURES = new Set(['no-status', 'connection-lost', 'tls-failure', 'reserved']);

/**
 * Replaces content/codes and content/prose of the copy with `total` codes: every real code
 * (with its real facts and prose) plus generated ones modelled on them. Each generated code is
 * valid for the schemas and the site's content check: facts copied from a real template code
 * (same sources, sizes of text, and each library's and browser's entries for it), `related` pointing at existing codes (including
 * other generated ones), prose in every language with the three <Section> blocks, and the
 * template's number replaced by the new one. Curated comparisons and ranges stay as they are
 * (they only name real codes, which all remain).
 */
export function generateContent(dir, total) {
  const codesDir = join(dir, 'content/codes');
  const realFiles = readdirSync(codesDir).filter((f) => /^\d+\.yaml$/.test(f));
  const real = realFiles
    .map((f) => parseYaml(readFileSync(join(codesDir, f), 'utf8')))
    .sort((a, b) => a.code - b.code);
  const realCodes = real.map((f) => f.code);
  if (total < real.length) throw new Error(`A set of ${total} codes is smaller than the ${real.length} real ones`);
  const prose = {};
  for (const lang of LANGS) {
    prose[lang] = new Map(realCodes.map((code) => [code, readFileSync(join(dir, 'content/prose', lang, `${code}.mdx`), 'utf8')]));
  }

  const taken = new Set([...realCodes, ...appCodes(dir)]);
  const numbers = syntheticNumbers(total - real.length, taken);
  numbers.forEach((code, i) => {
    const template = real[i % real.length];
    const previous = i > 0 ? numbers[i - 1] : undefined;
    const other = realCodes[(i * 7 + 3) % realCodes.length];
    const related = [...new Set([previous, template.code, other].filter((c) => c !== undefined && c !== code))];
    const facts = {
      code,
      ianaName: `Synthetic ${template.ianaName ?? template.commonName ?? 'Code'} ${code}`,
      sources: template.sources,
      canSendInCloseFrame: true,
      canPassToBrowserClose: true,
      senders: template.senders.includes('none') ? ['server', 'client'] : template.senders,
      reconnect: template.reconnect === 'never-seen' ? 'backoff' : template.reconnect,
      nature: LOCAL_ONLY_NATURES.has(template.nature) ? 'failure' : template.nature,
      cleanClose: 'if-handshake-completes',
      ...(template.httpStatus ? { httpStatus: template.httpStatus } : {}),
      related,
    };
    writeFileSync(join(codesDir, `${code}.yaml`), stringifyYaml(facts));
    for (const lang of LANGS) {
      const { front, body } = splitMdx(prose[lang].get(template.code));
      const number = new RegExp(`\\b${template.code}\\b`, 'g');
      const frontmatter = stringifyYaml({ code, name: `${front.name} ${code}`, summary: front.summary.replace(number, String(code)) });
      writeFileSync(join(dir, 'content/prose', lang, `${code}.mdx`), `---\n${frontmatter}---\n${body.replace(number, String(code))}`);
    }
  });
  copyLibraryEntries(dir, numbers.map((code, i) => [code, real[i % real.length].code]));
  writeRelatedComparisons(dir, numbers);
  return { total: real.length + numbers.length, real: realCodes.length, generated: numbers.length, numbers };
}

/**
 * Every related pair needs its hand-written comparison in every language, as on the real site:
 * each synthetic pair gets the text of a real comparison, its two numbers swapped in.
 */
function writeRelatedComparisons(dir, numbers) {
  const codesDir = join(dir, 'content/codes');
  const templates = readdirSync(join(dir, 'content/comparisons/en')).sort();
  const pairs = new Set();
  for (const code of numbers) {
    const { related = [] } = parseYaml(readFileSync(join(codesDir, `${code}.yaml`), 'utf8'));
    for (const other of related) pairs.add([Math.min(code, other), Math.max(code, other)].join('-vs-'));
  }
  [...pairs].forEach((slug, i) => {
    const [low, high] = slug.split('-vs-').map(Number);
    const template = templates[i % templates.length];
    const [tLow, tHigh] = template.replace('.mdx', '').split('-vs-').map(Number);
    for (const lang of LANGS) {
      const source = readFileSync(join(dir, 'content/comparisons', lang, template), 'utf8');
      // Swap through placeholders so that a template number equal to a new one is not replaced twice.
      const text = source
        .replace(new RegExp(`\\b${tLow}\\b`, 'g'), '\u0000LOW\u0000')
        .replace(new RegExp(`\\b${tHigh}\\b`, 'g'), '\u0000HIGH\u0000')
        .replaceAll('\u0000LOW\u0000', String(low))
        .replaceAll('\u0000HIGH\u0000', String(high));
      writeFileSync(join(dir, 'content/comparisons', lang, `${slug}.mdx`), text);
    }
  });
}

/** Gives every synthetic code the library and browser entries of its template code. */
function copyLibraryEntries(dir, synthetic) {
  const librariesDir = join(dir, 'content/libraries');
  for (const name of readdirSync(librariesDir).filter((f) => f.endsWith('.yaml'))) {
    const path = join(librariesDir, name);
    const library = parseYaml(readFileSync(path, 'utf8'));
    const byCode = new Map((library.codes ?? []).map((entry) => [entry.code, entry]));
    for (const [code, templateCode] of synthetic) {
      const entry = byCode.get(templateCode);
      if (!entry) continue;
      const number = new RegExp(`\\b${templateCode}\\b`, 'g');
      library.codes.push(JSON.parse(JSON.stringify({ ...entry, code }).replace(number, String(code))));
    }
    writeFileSync(path, stringifyYaml(library));
  }
}

/** Libraries and browsers with a guide page (every library file that is not infrastructure). */
export function guidedLibraries(dir = ROOT) {
  const librariesDir = join(dir, 'content/libraries');
  return readdirSync(librariesDir).filter((f) => f.endsWith('.yaml') && parseYaml(readFileSync(join(librariesDir, f), 'utf8')).kind !== 'infrastructure').length;
}

/** Pages Astro reports for N codes, from the site's routes (checked against the real build). */
export function expectedPages(codes, guides = guidedLibraries(), apps = appFiles()) {
  const langs = LANGS.length;
  const registered = new Set(readdirSync(join(ROOT, 'content/codes')).map((f) => Number.parseInt(f, 10)));
  // Numbers only applications use (synthetic codes never take them).
  const appNumbers = new Set(apps.flatMap((a) => a.codes.map((c) => c.code)).filter((c) => !registered.has(c))).size;
  // pairs in both orders + code pages + short links + home/search/404 per language
  // + 5 range pages per language + a guide per library and their index per language
  // + a page and a short link per application number + a page per system and their index per language
  // + root index + root 404.
  return (
    langs * codes * (codes - 1) + langs * codes + codes + langs * 3 + langs * 5 + langs * (guides + 1) +
    langs * appNumbers + appNumbers + langs * (apps.length + 1) + 2
  );
}
