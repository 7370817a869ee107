#!/usr/bin/env node
// Performance benchmark: `npm run bench` (runs on the project's pinned Node).
//
//  1. Builds the real site and synthetic sets of 50 and 150 codes, each in its own temporary
//     copy of the project (the checkout, its content and its dist/ are never touched), and
//     measures wall time and phases, pages, pages/s, peak RSS of the build's process tree,
//     dist/ size and the Pagefind index per language.
//  2. First-load bytes (gzip) of home, code and pair pages in every language.
//  3. Lighthouse scores of the same pages, served by scripts/serve.mjs.
//  4. Search latency (cold and warm) and bytes of a first query, in Chromium via Playwright.
//  5. Writes bench-results/bench.json, bench.md and build-time.svg.
//
// Options: --sets=real,50,150   which builds to run (default all three)
//          --skip=lighthouse,search,firstload,warm   steps to leave out
//          --timeout-min=15      time limit per synthetic build (env BENCH_BUILD_TIMEOUT_MIN)
//          --lighthouse-runs=3   Lighthouse runs per page (the median run is reported)
//          --keep                keep the temporary copies
//          --report-only         only rewrite bench.md and build-time.svg from bench.json
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, totalmem, availableParallelism } from 'node:os';
import { join } from 'node:path';
import { measureBuild } from './bench/build.mjs';
import { makeBaseline } from './bench/baseline.mjs';
import { allPairOverlaps } from './bench/overlap.mjs';
import { firstLoad } from './bench/first-load.mjs';
import { runLighthouse } from './bench/lighthouse.mjs';
import { buildTimeSvg, markdown, verdicts } from './bench/report.mjs';
import { runSearchBench } from './bench/search.mjs';
import { LANGS, expectedPages, generateContent, makeWorkspace, removeWorkspace } from './bench/workspace.mjs';
import { ROOT, kb, loadavg, log, mb, run, serve, waitForQuiet } from './bench/util.mjs';
import { chromiumPath } from './browser.mjs';

const args = process.argv.slice(2);
const opt = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const sets = (opt('sets') ?? 'real,50,150').split(',');
const skip = new Set((opt('skip') ?? '').split(',').filter(Boolean));
const keep = args.includes('--keep');
const lighthouseRuns = Number(opt('lighthouse-runs') ?? 3);
const timeoutMin = Number(opt('timeout-min') ?? process.env.BENCH_BUILD_TIMEOUT_MIN ?? 15);
const OUT = join(ROOT, 'bench-results');
const LOGS = join(OUT, 'logs');
mkdirSync(LOGS, { recursive: true });

const PAGES = LANGS.flatMap((lang) => [`/${lang}/`, `/${lang}/1006/`, `/${lang}/compare/1001-vs-1002/`, `/${lang}/libraries/chrome/`, `/${lang}/4004/`, `/${lang}/apps/centrifugo/`]);

const chromiumVersion = (await run(chromiumPath(), ['--version'])).stdout.trim() || 'Chromium (version unknown)';
const results = {
  date: new Date().toISOString(),
  machine: {
    cpuModel: cpus()[0]?.model ?? 'unknown',
    cores: availableParallelism(),
    memoryBytes: totalmem(),
    node: process.version,
    os: `${platform()} ${release()}`,
    chromium: chromiumVersion,
    loadavgStart: loadavg(),
    astro: JSON.parse(readFileSync(join(ROOT, 'node_modules/astro/package.json'), 'utf8')).version,
    pagefind: JSON.parse(readFileSync(join(ROOT, 'node_modules/pagefind/package.json'), 'utf8')).version,
  },
  options: { sets, skip: [...skip], timeoutMinutes: timeoutMin },
  notes: [],
  builds: {},
};

function save() {
  results.verdicts = verdicts(results);
  writeFileSync(join(OUT, 'bench.json'), JSON.stringify(results, null, 2) + '\n');
  writeFileSync(join(OUT, 'bench.md'), markdown(results));
  if (Object.keys(results.builds).length) writeFileSync(join(OUT, 'build-time.svg'), buildTimeSvg(results));
}

function summarizeBuild(r) {
  if (!r.ok) {
    return `${r.label}: ${r.timedOut ? 'STOPPED at time limit' : `FAILED (exit ${r.exitCode})`} after ${r.wallSeconds} s, ${r.pagesRendered}/${r.pagesExpected} pages rendered, peak tree RSS ${mb(r.peakTreeRssBytes)}${r.errors.length ? `\n    ${r.errors.slice(0, 8).join('\n    ')}` : ''}`;
  }
  const pf = Object.entries(r.pagefind?.languages ?? {}).map(([l, x]) => `${l} ${mb(x.totalBytes)}`).join(', ');
  return `${r.label}: ${r.pages} pages in ${r.wallSeconds} s (${r.pagesPerSecond} pages/s; rendering ${r.renderPagesPerSecond} pages/s), peak RSS ${mb(r.peakTreeRssBytes)} (tree), dist ${mb(r.dist.bytes)}, Pagefind ${pf}, other work took ${Math.round((r.otherCpuShare ?? 0) * 100)}% of the CPU`;
}

/**
 * Builds the trivial Astro site with as many pages as `build` had, right after it, and records
 * our whole-build pages/s as a share of the trivial site's.
 */
async function baselineFor(key, build) {
  if (!build.ok) return;
  await stage(`${key} baseline`, async () => {
    const dir = makeBaseline(key, build.pages);
    workspaces.push(dir);
    const quiet = await waitForQuiet(`${key} baseline`);
    const r = await measureBuild({ cwd: dir, label: `trivial Astro site, ${build.pages} pages`, logFile: join(LOGS, `baseline-${key}.log`), timeoutMs: timeoutMin * 60_000, expectedPages: build.pages });
    results.builds[key].baseline = { pages: r.pages, wallSeconds: r.wallSeconds, pagesPerSecond: r.pagesPerSecond, ok: r.ok, quiet };
    results.builds[key].shareOfBaseline = r.ok && r.pagesPerSecond ? Math.round((1000 * build.pagesPerSecond) / r.pagesPerSecond) / 1000 : null;
    log(`  trivial Astro site, ${r.pages} pages: ${r.wallSeconds} s (${r.pagesPerSecond} pages/s); ours ${build.pagesPerSecond} pages/s = ${Math.round(100 * (results.builds[key].shareOfBaseline ?? 0))}% of it`);
    removeWorkspace(dir);
    workspaces.splice(workspaces.indexOf(dir), 1);
  });
}

log(`machine: ${results.machine.cpuModel}, ${results.machine.cores} cores, ${mb(results.machine.memoryBytes)}, Node ${process.version}, ${chromiumVersion}; load ${results.machine.loadavgStart.join(' ')}`);
if (results.machine.loadavgStart[0] >= results.machine.cores) {
  const note = `The machine was busy when the benchmark started (load average ${results.machine.loadavgStart[0]} on ${results.machine.cores} cores): timings include contention; see "CPU taken by other work" per build.`;
  results.notes.push(note);
  log(note);
}

/** Runs one step; a failure is recorded and reported, and the remaining steps still run. */
async function stage(name, fn) {
  try {
    await fn();
  } catch (error) {
    const message = `${name} failed: ${error?.stack ?? error}`;
    results.notes.push(message.split('\n')[0]);
    (results.errors ??= []).push({ stage: name, error: String(error?.stack ?? error) });
    log(message);
  }
}

if (args.includes('--report-only')) {
  // Re-renders bench.md and build-time.svg from an existing bench.json.
  Object.assign(results, JSON.parse(readFileSync(join(OUT, 'bench.json'), 'utf8')));
  save();
  log('rewrote bench.md and build-time.svg from bench.json');
  process.exit(0);
}

const workspaces = [];
let realDist = null;
try {
  // ---- 1. Builds --------------------------------------------------------------------------
  if (sets.includes('real')) {
    log('real site: copying the project into a temporary folder');
    const dir = makeWorkspace('real');
    workspaces.push(dir);
    const codes = readdirSync(join(dir, 'content/codes')).filter((f) => f.endsWith('.yaml')).length;
    log(`real site: building (${codes} codes, ${expectedPages(codes)} pages expected), cold caches`);
    const quietCold = await waitForQuiet('real (cold)');
    const cold = await measureBuild({ cwd: dir, label: 'real (cold)', logFile: join(LOGS, 'build-real-cold.log'), timeoutMs: timeoutMin * 60_000, expectedPages: expectedPages(codes) });
    results.builds.realCold = { ...cold, codes, quiet: quietCold };
    log(summarizeBuild(cold));
    save();
    await baselineFor('realCold', cold);
    if (cold.ok) {
      await stage('pair overlap', async () => {
        results.pairOverlap = allPairOverlaps(join(dir, 'dist'), LANGS);
        log(`  pair pages: text also on the two code pages, worst ${Object.entries(results.pairOverlap).map(([l, o]) => `${l} ${Math.round(100 * o.max)}% (${o.worst})`).join(', ')}`);
      });
    }
    save();
    if (!skip.has('warm') && cold.ok) {
      log('real site: building again (repeat build: Astro and Vite caches now warm)');
      const quietWarm = await waitForQuiet('real (repeat)');
      const warm = await measureBuild({ cwd: dir, label: 'real (repeat)', logFile: join(LOGS, 'build-real-warm.log'), timeoutMs: timeoutMin * 60_000, expectedPages: expectedPages(codes) });
      results.builds.realWarm = { ...warm, codes, quiet: quietWarm };
      log(summarizeBuild(warm));
      save();
      if (warm.ok) realDist = join(dir, 'dist');
    } else if (cold.ok) realDist = join(dir, 'dist');
  }

  // ---- 2. First-load bytes ----------------------------------------------------------------
  if (realDist && !skip.has('firstload')) {
    log('first-load bytes (gzip) of home, code and pair pages');
    await stage('first-load', async () => {
      results.firstLoad = PAGES.map((page) => {
        const r = firstLoad(realDist, page);
        log(`  ${page}: html ${kb(r.htmlGzip)} + css ${kb(r.cssGzip)} + js ${kb(r.jsGzip)} = ${kb(r.totalGzip)}`);
        return r;
      });
    });
    save();
  }

  // ---- 3 & 4. Browser measurements against the served real site ---------------------------
  if (realDist && (!skip.has('lighthouse') || !skip.has('search'))) {
    const server = await serve(realDist);
    log(`serving the real site at ${server.base}`);
    try {
      if (!skip.has('lighthouse')) {
        log(`Lighthouse (${PAGES.length} pages × ${lighthouseRuns} runs)`);
        await stage('lighthouse', async () => {
          const quiet = await waitForQuiet('lighthouse');
          results.lighthouse = { ...(await runLighthouse(server.base, PAGES, lighthouseRuns)), quiet };
        });
        save();
      }
      if (!skip.has('search')) {
        log('search in Chromium via Playwright');
        await stage('search', async () => {
          const quiet = await waitForQuiet('search');
          results.search = { ...(await runSearchBench(server.base, LANGS)), quiet };
        });
        save();
      }
    } finally {
      await server.stop();
    }
  }

  // ---- 1 (continued). Synthetic sets -------------------------------------------------------
  for (const n of sets.filter((s) => /^\d+$/.test(s)).map(Number)) {
    const key = `n${n}`;
    log(`${n} codes: copying the project and generating content`);
    const dir = makeWorkspace(`n${n}`);
    workspaces.push(dir);
    let gen;
    await stage(`${n}-code content`, async () => {
      gen = generateContent(dir, n);
    });
    if (!gen) continue;
    const expected = expectedPages(gen.total);
    log(`${n} codes: ${gen.real} real + ${gen.generated} generated (${gen.numbers[0]}…${gen.numbers.at(-1)}); building ${expected.toLocaleString('en-US')} pages (limit ${timeoutMin} min)`);
    const quiet = await waitForQuiet(`${n} codes`);
    const r = await measureBuild({ cwd: dir, label: `${n} codes`, logFile: join(LOGS, `build-${n}.log`), timeoutMs: timeoutMin * 60_000, expectedPages: expected });
    results.builds[key] = { ...r, codes: gen.total, generated: gen.generated, quiet };
    log(summarizeBuild(r));
    await baselineFor(key, r);
    if (r.ok) {
      // Pages that list every code grow with N: measure the same pages at this size too.
      await stage(`${n}-code first-load`, async () => {
        results.builds[key].firstLoad = PAGES.map((page) => {
          const { files, notCounted, ...sizes } = firstLoad(join(dir, 'dist'), page);
          return sizes;
        });
        const worst = results.builds[key].firstLoad.reduce((a, p) => (p.totalGzip > a.totalGzip ? p : a));
        log(`  ${n} codes: largest first load ${worst.page} ${kb(worst.totalGzip)} gzip (html ${kb(worst.htmlGzip)})`);
      });
    }
    if (r.timedOut) {
      const rate = r.renderPagesPerSecond;
      const remaining = rate ? (r.pagesExpected - r.pagesRendered) / rate : null;
      const note = `The ${n}-code build was stopped at the ${timeoutMin}-minute limit after rendering ${r.pagesRendered.toLocaleString('en-US')} of ${r.pagesExpected.toLocaleString('en-US')} pages (${rate} pages/s while rendering${remaining ? `; about ${Math.round(remaining / 60)} more minutes to render the rest, before indexing` : ''}).`;
      results.notes.push(note);
      log(note);
    }
    save();
    if (!keep) {
      removeWorkspace(dir); // dist/ of the big sets is large
      workspaces.splice(workspaces.indexOf(dir), 1);
    }
  }
} finally {
  save();
  if (!keep) for (const dir of workspaces) removeWorkspace(dir);
  else if (workspaces.length) log(`kept: ${workspaces.join(', ')}`);
}

const failed = results.verdicts.filter((v) => v.pass === false);
log(`wrote ${join(OUT, 'bench.json')}, bench.md and build-time.svg`);
log(failed.length ? `${failed.length} budget(s) missed:\n  ${failed.map((f) => `${f.section}: ${f.name} = ${f.display} (budget ${f.budget})`).join('\n  ')}` : 'every budget met');
