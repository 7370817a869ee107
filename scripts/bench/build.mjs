// Runs `astro build` in a workspace and measures it: wall time and phases (from the moment each
// log line arrives), peak RSS of the whole process tree, CPU, pages, dist/ and Pagefind sizes.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { cpuJiffies, dirSize, loadavg, log, round, sampleTree } from './util.mjs';

const TIME = '/usr/bin/time';
const strip = (s) => s.replace(/\x1b\[[0-9;]*m/g, '');

/** Parses GNU time -v output. */
function parseTime(text) {
  const get = (label) => {
    const m = new RegExp(`${label}[^:]*:\\s*(.+)`).exec(text);
    return m ? m[1].trim() : undefined;
  };
  const elapsed = get('Elapsed \\(wall clock\\) time');
  let wall;
  if (elapsed) {
    const parts = elapsed.split(':').map(Number);
    wall = parts.reduce((a, p) => a * 60 + p, 0);
  }
  return {
    maxRssSingleBytes: get('Maximum resident set size') ? Number(get('Maximum resident set size')) * 1024 : undefined,
    userSeconds: get('User time \\(seconds\\)') ? Number(get('User time \\(seconds\\)')) : undefined,
    systemSeconds: get('System time \\(seconds\\)') ? Number(get('System time \\(seconds\\)')) : undefined,
    wallSeconds: wall,
    exitStatus: get('Exit status') ? Number(get('Exit status')) : undefined,
  };
}

/** Per-language Pagefind index sizes, from pagefind-entry.json and the files named by each hash. */
export function pagefindSizes(dist) {
  const dir = join(dist, 'pagefind');
  const entryFile = join(dir, 'pagefind-entry.json');
  if (!existsSync(entryFile)) return null;
  const entry = JSON.parse(readFileSync(entryFile, 'utf8'));
  const size = (p) => statSync(p).size;
  const list = (sub) => (existsSync(join(dir, sub)) ? readdirSync(join(dir, sub)) : []);
  const languages = {};
  for (const [lang, info] of Object.entries(entry.languages)) {
    const prefix = `${lang}_`; // fragments, index chunks and filters are named {lang}_{hash}
    const part = (sub) => {
      const files = list(sub).filter((f) => f.startsWith(prefix));
      return { files: files.length, bytes: files.reduce((a, f) => a + size(join(dir, sub, f)), 0) };
    };
    const metaFile = join(dir, `pagefind.${info.hash}.pf_meta`);
    const wasmFile = join(dir, `wasm.${info.wasm}.pagefind`);
    const meta = existsSync(metaFile) ? size(metaFile) : 0;
    const wasm = existsSync(wasmFile) ? size(wasmFile) : 0;
    const index = part('index');
    const fragment = part('fragment');
    const filter = part('filter');
    languages[lang] = {
      pageCount: info.page_count,
      metaBytes: meta,
      indexChunks: index.files,
      indexBytes: index.bytes,
      fragments: fragment.files,
      fragmentBytes: fragment.bytes,
      filterBytes: filter.bytes,
      wasmBytes: wasm,
      totalBytes: meta + index.bytes + fragment.bytes + filter.bytes + wasm,
    };
  }
  return { version: entry.version, languages, totalBytes: dirSize(dir).bytes };
}

/**
 * Builds the site in `cwd` with the project's pinned Node. Stops the build (its own process
 * group only) after `timeoutMs` and reports how far it got.
 */
export function measureBuild({ cwd, label, logFile, timeoutMs, expectedPages }) {
  return new Promise((resolve) => {
    const hasTime = existsSync(TIME);
    const timeFile = join(cwd, '.bench-time.txt');
    // Exactly what `npm run build` runs (the site, then its search index, with the heap limit
    // the script sets), with the project's pinned Node first on PATH as npm puts it; a project
    // without a build script, such as the trivial baseline site, runs `astro build`.
    const script = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8')).scripts?.build ?? 'astro build';
    const astro = ['/bin/sh', '-c', script];
    const [cmd, ...args] = hasTime ? [TIME, '-v', '-o', timeFile, ...astro] : astro;
    rmSync(join(cwd, 'dist'), { recursive: true, force: true });
    const out = createWriteStream(logFile);
    const load0 = loadavg();
    const cpu0 = cpuJiffies();
    const t0 = performance.now();
    const child = spawn(cmd, args, {
      cwd,
      detached: true, // its own process group, so a timeout can stop exactly this tree
      env: { ...process.env, PATH: `${join(cwd, 'node_modules/.bin')}:${process.env.PATH}`, FORCE_COLOR: '0', NO_COLOR: '1', CI: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const sampler = sampleTree(child.pid, 200);
    const marks = {};
    let pagesRendered = 0;
    let astroPages;
    let indexedPages;
    let errorLines = [];
    const at = () => (performance.now() - t0) / 1000;
    const onLine = (raw) => {
      const line = strip(raw);
      out.write(`${at().toFixed(2).padStart(8)} ${line}\n`);
      if (/Building static entrypoints/.test(line)) marks.bundleStart ??= at();
      // One line per file written ("├─ /en/1006/index.html (+12ms)"), sometimes two run together.
      const pageLines = line.match(/[├└]─ \/\S*\.html/g);
      if (pageLines) {
        marks.renderStart ??= at();
        marks.renderEnd = at();
        pagesRendered += pageLines.length;
      }
      if (/sitemap-index\.xml` created/.test(line)) marks.sitemapDone = at();
      let m;
      if ((m = /\[search-index\] read \d+ pages, indexed (\d+)/.exec(line))) {
        indexedPages = Number(m[1]);
        marks.indexDone = at();
      }
      if ((m = /(\d+) page\(s\) built in/.exec(line))) {
        astroPages = Number(m[1]);
        marks.complete = at();
      }
      if (/\berror\b|\[ERROR\]|failed/i.test(line) && errorLines.length < 40) errorLines.push(line);
    };
    const lines = (stream) => {
      let buf = '';
      stream.on('data', (d) => {
        buf += d;
        let i;
        while ((i = buf.indexOf('\n')) >= 0) {
          onLine(buf.slice(0, i));
          buf = buf.slice(i + 1);
        }
      });
      stream.on('end', () => buf && onLine(buf));
    };
    lines(child.stdout);
    lines(child.stderr);

    const progress = setInterval(() => {
      const rss = sampler.current();
      const pct = expectedPages ? ` (${((100 * pagesRendered) / expectedPages).toFixed(0)}%)` : '';
      log(`  ${label}: ${at().toFixed(0)} s, ${pagesRendered}/${expectedPages ?? '?'} pages rendered${pct}, tree RSS ${Math.round(rss / 1048576)} MB`);
    }, 20_000);

    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      log(`  ${label}: stopping the build after ${Math.round(timeoutMs / 1000)} s (time limit)`);
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, timeoutMs);

    child.on('close', (code, signal) => {
      const wall = (performance.now() - t0) / 1000;
      clearTimeout(timer);
      clearInterval(progress);
      const mem = sampler.stop();
      const cpu1 = cpuJiffies();
      out.end();
      const time = hasTime && existsSync(timeFile) ? parseTime(readFileSync(timeFile, 'utf8')) : {};
      // The larger of the two: time -v misses children nobody reaped (Pagefind's binary), the
      // sampler misses the last fraction of a second of each process.
      const timeCpu = (time.userSeconds ?? 0) + (time.systemSeconds ?? 0);
      const ownCpu = Math.max(timeCpu, mem.cpuSeconds);
      const ticks = 100; // USER_HZ on Linux
      const machineBusy = (cpu1.busy - cpu0.busy) / ticks;
      const cores = availableParallelism();
      const dist = join(cwd, 'dist');
      const ok = code === 0 && !timedOut;
      const phases = {};
      if (marks.bundleStart != null) phases.setupSeconds = round(marks.bundleStart, 2);
      if (marks.renderStart != null && marks.bundleStart != null) phases.bundleSeconds = round(marks.renderStart - marks.bundleStart, 2);
      if (marks.renderStart != null) phases.renderSeconds = round(marks.renderEnd - marks.renderStart, 2);
      if (marks.sitemapDone != null && marks.renderEnd != null) phases.sitemapSeconds = round(marks.sitemapDone - marks.renderEnd, 2);
      if (marks.indexDone != null && marks.sitemapDone != null) phases.indexSeconds = round(marks.indexDone - marks.sitemapDone, 2);
      const pages = astroPages ?? pagesRendered;
      const renderRate = phases.renderSeconds ? pagesRendered / phases.renderSeconds : null;
      const result = {
        label,
        ok,
        timedOut,
        exitCode: code,
        signal,
        timeLimitSeconds: Math.round(timeoutMs / 1000),
        wallSeconds: round(wall, 2),
        pages,
        pagesExpected: expectedPages,
        pagesRendered,
        indexedPages,
        pagesPerSecond: ok ? round(pages / wall, 1) : null,
        renderPagesPerSecond: round(renderRate, 1),
        phases,
        peakTreeRssBytes: mem.peakTreeRssBytes,
        peakSingleProcessRssBytes: Math.max(mem.peakSingleRssBytes, time.maxRssSingleBytes ?? 0),
        timeMaxRssBytes: time.maxRssSingleBytes ?? null,
        peakTreeAt: mem.peakTree,
        rssSampling: `${mem.samples} samples every ${mem.intervalMs} ms of /proc (sum over the build's process tree); time -v: ${hasTime ? 'largest single process' : 'not available'}`,
        cpuSeconds: round(ownCpu, 1),
        cpuByCommand: Object.fromEntries(Object.entries(mem.cpuByCommand).map(([k, v]) => [k, round(v, 1)])),
        timeCpuSeconds: hasTime ? round(timeCpu, 1) : null,
        otherCpuSeconds: round(Math.max(0, machineBusy - ownCpu), 1),
        otherCpuShare: round(Math.max(0, machineBusy - ownCpu) / (wall * cores), 2),
        loadavgBefore: load0,
        loadavgAfter: loadavg(),
        dist: ok ? dirSize(dist) : null,
        pagefind: ok ? pagefindSizes(dist) : null,
        errors: ok ? [] : errorLines,
        log: logFile,
      };
      resolve(result);
    });
  });
}
