// Turns the benchmark results into bench.md (tables, each number beside its budget) and
// build-time.svg (a hand-written line/point chart of build wall time against page count).
import { kb, mb } from './util.mjs';

export const BUDGETS = {
  firstLoadTotalGzipBytes: 14_600,
  firstLoadScriptGzipBytes: 2_000,
  scalingMinRatio: 0.8,
  realBuildSeconds: 20,
  peakRssBytes150: 2e9,
  lighthouseScore: 100,
  warmSearchMs: 150,
  firstQueryBytes: 120_000,
  pairOverlapMax: 0.3,
};

const ok = (pass) => (pass == null ? '–' : pass ? '✅' : '❌');
const num = (x, digits = 0) => (x == null ? '–' : Number(x).toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }));
const secs = (x) => (x == null ? '–' : `${num(x, 1)} s`);

/** Every budget with its value and verdict, computed once for bench.json and bench.md. */
export function verdicts(results) {
  const v = [];
  const add = (section, name, value, budget, pass, note) => v.push({ section, name, value, display: display(value, budget), budget, pass, ...(note ? { note } : {}) });
  const display = (value, budget) =>
    typeof value !== 'number' ? String(value) : /MB/.test(budget) ? mb(value) : /B$/.test(budget) ? `${num(value)} B (${kb(value)})` : /ms/.test(budget) ? `${num(value, 1)} ms` : /s$/.test(budget) ? secs(value) : num(value, Number.isInteger(value) ? 0 : 1);
  for (const p of results.firstLoad ?? []) {
    add('first-load', `${p.page} total gzip`, p.totalGzip, `≤ ${BUDGETS.firstLoadTotalGzipBytes} B`, p.totalGzip <= BUDGETS.firstLoadTotalGzipBytes);
    add('first-load', `${p.page} script gzip`, p.jsGzip, `≤ ${BUDGETS.firstLoadScriptGzipBytes} B`, p.jsGzip <= BUDGETS.firstLoadScriptGzipBytes);
  }
  const b = results.builds ?? {};
  for (const key of ['realCold', 'realWarm']) {
    const r = b[key];
    if (r) add('build', `real site ${key === 'realCold' ? 'cold' : 'repeat (warm caches)'} build wall time incl. index`, r.wallSeconds, `≤ ${BUDGETS.realBuildSeconds} s`, r.ok ? r.wallSeconds <= BUDGETS.realBuildSeconds : false);
  }
  const s50 = b.n50;
  const s150 = b.n150;
  if (s50 && s150) {
    const pass = (a, c) => (a != null && c != null ? c >= BUDGETS.scalingMinRatio * a : false);
    add('build', 'pages/s at 150 codes vs 50 codes (whole build)', s150.ok ? `${s150.pagesPerSecond} vs ${s50.pagesPerSecond}` : `did not finish (${s150.timedOut ? 'time limit' : 'failed'})`, `≥ ${BUDGETS.scalingMinRatio * 100}% of 50-code rate`, s150.ok && pass(s50.pagesPerSecond, s150.pagesPerSecond), s150.ok ? `${Math.round((100 * s150.pagesPerSecond) / s50.pagesPerSecond)}%` : undefined);
    add('build', 'pages/s at 150 codes vs 50 codes (page rendering phase)', `${s150.renderPagesPerSecond} vs ${s50.renderPagesPerSecond}`, `≥ ${BUDGETS.scalingMinRatio * 100}% of 50-code rate`, pass(s50.renderPagesPerSecond, s150.renderPagesPerSecond), s150.renderPagesPerSecond && s50.renderPagesPerSecond ? `${Math.round((100 * s150.renderPagesPerSecond) / s50.renderPagesPerSecond)}%` : undefined);
  }
  if (s150) add('build', '150-code build peak RSS (process tree)', s150.peakTreeRssBytes, `< ${mb(BUDGETS.peakRssBytes150)}`, s150.peakTreeRssBytes < BUDGETS.peakRssBytes150, s150.ok ? undefined : 'build did not finish: peak so far');
  for (const [key, r] of Object.entries(b)) {
    if (r.shareOfBaseline != null) add('build', `${key}: whole-build pages/s as a share of a trivial Astro site's (${r.baseline.pages} pages)`, `${r.pagesPerSecond} vs ${r.baseline.pagesPerSecond}`, 'reported', null, `${Math.round(100 * r.shareOfBaseline)}%`);
  }
  for (const [lang, o] of Object.entries(results.pairOverlap ?? {})) {
    add('pairs', `${lang}: pair-page text that also stands on the two code pages (worst: ${o.worst}; median ${Math.round(100 * o.median)}%)`, `${Math.round(100 * o.max)}%`, `≤ ${BUDGETS.pairOverlapMax * 100}%`, o.max <= BUDGETS.pairOverlapMax);
  }
  for (const p of results.lighthouse?.pages ?? []) {
    for (const [c, score] of Object.entries(p.scores ?? {})) add('lighthouse', `${p.page} ${c}`, score, '100', score === BUDGETS.lighthouseScore);
    if (p.error) add('lighthouse', `${p.page}`, 'error', '100', false, p.error);
  }
  for (const [lang, r] of Object.entries(results.search?.languages ?? {})) {
    add('search', `${lang} warm search, same query (median)`, r.warm.sameQueryMedianMs, `≤ ${BUDGETS.warmSearchMs} ms`, r.warm.sameQueryMedianMs != null && r.warm.sameQueryMedianMs <= BUDGETS.warmSearchMs);
    add('search', `${lang} warm search, new query (median)`, r.warm.newQueryMedianMs, `≤ ${BUDGETS.warmSearchMs} ms`, r.warm.newQueryMedianMs != null && r.warm.newQueryMedianMs <= BUDGETS.warmSearchMs);
    for (const q of r.firstQueries ?? [r.coldHeaderBox]) {
      add('search', `${lang} first query "${q.query}" bytes (gzip-equivalent)`, q.gzipBytes, `≤ ${BUDGETS.firstQueryBytes} B`, q.gzipBytes <= BUDGETS.firstQueryBytes);
    }
    // Bytes before decompression are judged (what a compressing host sends; scripts/serve.mjs
    // compresses too). The raw figure includes bodies Chromium reports only decoded (worker
    // requests), so it is reported in the table but not held against the budget.
  }
  return v;
}

function table(headers, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

export function markdown(results) {
  const m = results.machine;
  const out = [];
  out.push(`# Benchmark: WebSocket close-code reference`);
  out.push('');
  out.push(`Run ${results.date} on ${m.cpuModel} × ${m.cores} cores, ${mb(m.memoryBytes)} RAM, Node ${m.node} (project-pinned), ${m.chromium}, ${m.os}. Load average at start: ${m.loadavgStart.join(' / ')}.`);
  out.push('');
  out.push('Every build ran in its own temporary copy of the working tree (node_modules symlinked package by package, so Astro and Vite caches start empty); the real site is the content as it was when the run started, and synthetic sets replace `content/codes` and `content/prose` with N codes (the 19 real ones plus generated codes modelled on them).');
  out.push('');
  out.push('Units: KB = 1,000 bytes, MB = 10⁶ bytes. Gzip is level 6. ✅/❌ compare with the budget beside each number.');
  if (results.notes?.length) {
    out.push('');
    for (const n of results.notes) out.push(`> ${n}`);
  }

  // Builds
  out.push('', '## 1. Builds', '');
  const b = results.builds ?? {};
  const order = buildOrder(b);
  const rows = [];
  for (const [key, name] of order) {
    const r = b[key];
    if (!r) continue;
    const real = key.startsWith('real');
    const timeBudget = real ? ` ${ok(r.ok && r.wallSeconds <= BUDGETS.realBuildSeconds)} ≤ 20 s` : '';
    const rssBudget = key === 'n150' ? ` ${ok(r.peakTreeRssBytes < BUDGETS.peakRssBytes150)} < 2,000 MB` : '';
    let rate = r.ok ? num(r.pagesPerSecond, 1) : '–';
    let renderRate = num(r.renderPagesPerSecond, 1);
    if (key === 'n150' && b.n50) {
      const pass = r.ok && r.pagesPerSecond >= BUDGETS.scalingMinRatio * b.n50.pagesPerSecond;
      rate += ` ${ok(pass)} ≥ ${num(BUDGETS.scalingMinRatio * b.n50.pagesPerSecond, 1)}`;
      const passR = r.renderPagesPerSecond >= BUDGETS.scalingMinRatio * b.n50.renderPagesPerSecond;
      renderRate += ` ${ok(passR)} ≥ ${num(BUDGETS.scalingMinRatio * b.n50.renderPagesPerSecond, 1)}`;
    }
    const status = r.ok ? '' : r.timedOut ? ` (stopped at the ${num(r.timeLimitSeconds)} s limit: ${num(r.pagesRendered)} of ${num(r.pagesExpected)} pages rendered)` : ` (failed, exit ${r.exitCode})`;
    const pf = r.pagefind?.languages;
    rows.push([
      name + status,
      r.codes ?? '–',
      num(r.pages),
      `${secs(r.wallSeconds)}${timeBudget}`,
      rate,
      renderRate,
      `${mb(r.peakTreeRssBytes)}${rssBudget}`,
      mb(r.peakSingleProcessRssBytes),
      r.dist ? `${mb(r.dist.bytes)} (${num(r.dist.files)} files)` : '–',
      pf ? Object.entries(pf).map(([l, x]) => `${l} ${mb(x.totalBytes)}`).join(', ') : '–',
      r.cpuSeconds == null ? '–' : `${secs(r.cpuSeconds)} (${num(r.pages / r.cpuSeconds, 1)} pages/CPU-s)`,
      r.otherCpuShare == null ? '–' : `${Math.round(r.otherCpuShare * 100)}%`,
      r.baseline?.ok ? `${num(r.baseline.pagesPerSecond, 1)} (ours: ${Math.round(100 * r.shareOfBaseline)}%)` : '–',
    ]);
  }
  out.push(
    table(['Set', 'Codes', 'Pages', 'Wall time', 'Pages/s (whole build)', 'Pages/s (rendering)', 'Peak RSS (tree)', 'Peak RSS (largest process)', 'dist/', 'Pagefind index', 'CPU time of the build', 'Machine CPU taken by other work', 'Trivial Astro site, same pages (pages/s)'], rows),
  );
  out.push('');
  out.push('"Pages/s (whole build)" is pages ÷ wall time including start-up and the Pagefind index; "rendering" counts only the page-writing phase. CPU time is user + system of every process in the build’s tree, sampled from /proc (GNU `time -v` alone misses Pagefind’s binary, which its parent never reaps); it is less sensitive than wall time to other work on the machine.');
  out.push('');
  out.push('"Trivial Astro site" is a one-route Astro project with the same number of pages, output format and concurrency, built right after the set on the same machine: Astro\u2019s own cost per page, the ceiling for ours.');
  if (results.pairOverlap) {
    out.push('');
    out.push(`Pair pages: share of each page's text (sentences, by characters) that also stands word for word on its two code pages, budget ≤ ${BUDGETS.pairOverlapMax * 100}%: ${Object.entries(results.pairOverlap).map(([l, o]) => `${l} median ${Math.round(100 * o.median)}%, worst ${Math.round(100 * o.max)}% (${o.worst}) ${ok(o.max <= BUDGETS.pairOverlapMax)}`).join('; ')}.`);
  }
  out.push('');
  out.push('Phases (seconds, from the moment each log line arrived):');
  out.push('');
  const phaseRows = order
    .filter(([key]) => b[key])
    .map(([key, name]) => {
      const p = b[key].phases ?? {};
      return [name, secs(p.setupSeconds), secs(p.bundleSeconds), secs(p.renderSeconds), secs(p.sitemapSeconds), secs(p.indexSeconds), secs(b[key].wallSeconds)];
    });
  out.push(table(['Set', 'Start-up, content check, sync', 'Vite bundle', 'Render pages', 'Sitemap (+ 404 copies)', 'Pagefind index', 'Total'], phaseRows));
  const largest = order.filter(([key]) => b[key].ok).at(-1);
  if (largest) {
    const r = b[largest[0]];
    const share = (x) => (x == null ? '–' : `${Math.round((100 * x) / r.wallSeconds)}%`);
    const byCmd = Object.entries(r.cpuByCommand ?? {}).filter(([, x]) => x >= 1).sort((x, y) => y[1] - x[1]).map(([c, x]) => `${c} ${secs(x)}`).join(', ');
    out.push('', `Largest finished set (${largest[1]}): rendering ${share(r.phases?.renderSeconds)} of the wall time, sitemap ${share(r.phases?.sitemapSeconds)}, Pagefind ${share(r.phases?.indexSeconds)}. CPU time by process: ${byCmd || '–'}. Peak memory at: ${r.peakTreeAt ?? '–'}.`);
  }
  out.push('');
  out.push('Pagefind index per language (bytes on disk: meta + index chunks + fragments + filters + language wasm):');
  out.push('');
  const pfRows = [];
  for (const [key, name] of order) {
    const pf = b[key]?.pagefind?.languages;
    if (!pf) continue;
    for (const [lang, x] of Object.entries(pf)) {
      pfRows.push([name, lang, num(x.pageCount), num(x.indexChunks), kb(x.indexBytes), num(x.fragments), kb(x.fragmentBytes), kb(x.metaBytes), kb(x.wasmBytes), kb(x.totalBytes)]);
    }
  }
  out.push(table(['Set', 'Lang', 'Pages indexed', 'Index chunks', 'Index bytes', 'Fragments', 'Fragment bytes', 'Meta', 'Wasm', 'Total'], pfRows));
  out.push('');
  out.push('![Build wall time against page count](build-time.svg)');

  // First load
  out.push('', '## 2. First-load bytes (gzip)', '');
  out.push('HTML + stylesheets + module scripts and their static imports, as each page needs them before any interaction (dynamic imports excluded). Budget: ≤ 14.6 KB total, of which ≤ 2 KB script.');
  out.push('');
  out.push(
    table(
      ['Page', 'HTML', 'CSS', 'Script', 'Total', 'Script budget', 'Total budget'],
      (results.firstLoad ?? []).map((p) => [
        p.page,
        kb(p.htmlGzip),
        kb(p.cssGzip),
        kb(p.jsGzip),
        kb(p.totalGzip),
        `${ok(p.jsGzip <= BUDGETS.firstLoadScriptGzipBytes)} ≤ 2.0 KB`,
        `${ok(p.totalGzip <= BUDGETS.firstLoadTotalGzipBytes)} ≤ 14.6 KB`,
      ]),
    ),
  );

  const scaled = buildOrder(b).filter(([key]) => b[key].firstLoad);
  if (scaled.length) {
    out.push('', 'The same pages in the synthetic sets (the home and code pages list every code, so they grow with N):', '');
    const columns = [
      ...(results.firstLoad ? [[`real (${b.realCold?.codes ?? '19'} codes): total (HTML)`, results.firstLoad]] : []),
      ...scaled.map(([key]) => [`${b[key].codes} codes: total (HTML)`, b[key].firstLoad]),
    ];
    out.push(
      table(
        ['Page', ...columns.map(([name]) => name)],
        columns[0][1].map((first, i) => [
          first.page,
          ...columns.map(([, list]) => {
            const p = list[i];
            return p ? `${ok(p.totalGzip <= BUDGETS.firstLoadTotalGzipBytes && p.jsGzip <= BUDGETS.firstLoadScriptGzipBytes)} ${kb(p.totalGzip)} (${kb(p.htmlGzip)})` : '–';
          }),
        ]),
      ),
    );
  }

  // Lighthouse
  const lh = results.lighthouse;
  out.push('', '## 3. Lighthouse', '');
  if (lh) {
    out.push(`Lighthouse ${lh.lighthouseVersion}, ${lh.config}, Debian Chromium, site served by \`scripts/serve.mjs\` (no compression). Budget: 100 in every category.`);
    out.push('');
    out.push(
      table(
        ['Page', 'Performance', 'Accessibility', 'Best practices', 'SEO', 'Performance in each run', 'FCP', 'LCP', 'TBT', 'CLS'],
        lh.pages.map((p) =>
          p.error
            ? [p.page, `❌ ${p.error}`, '', '', '', '', '', '', '', '']
            : [
                p.page,
                ...['performance', 'accessibility', 'best-practices', 'seo'].map((c) => `${ok(p.scores[c] === 100)} ${p.scores[c]}`),
                (p.runs ?? []).map((r) => r.performance).join(' / '),
                `${num(p.metrics['first-contentful-paint'])} ms`,
                `${num(p.metrics['largest-contentful-paint'])} ms`,
                `${num(p.metrics['total-blocking-time'])} ms`,
                num(p.metrics['cumulative-layout-shift'], 3),
              ],
        ),
      ),
    );
    const misses = lh.pages.flatMap((p) =>
      Object.entries(p.failing ?? {}).flatMap(([c, list]) => list.map((a) => `- ${p.page} · ${c}: \`${a.id}\` ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}, score ${a.score}`)),
    );
    if (misses.length) out.push('', 'Audits below a perfect score:', '', ...misses);
  } else out.push('Not run.');

  // Search
  const s = results.search;
  out.push('', '## 4. Search', '');
  if (s) {
    out.push(`${s.browser} via Playwright. Cold: fresh browser context. Warm: the same page after its first query, typing into the header box (\`input\` event → options in the listbox). Bytes: everything the first query fetched (search code and data, Pagefind runtime, wasm, index, fragments); "as served" is what \`scripts/serve.mjs\` sent (it gzips text), "gzip" is each file gzip-compressed at level 6 or as is if smaller (Pagefind's own data files are already compressed).`);
    out.push('');
    const rowsS = Object.entries(s.languages).map(([lang, r]) => [
      lang,
      `${r.query}`,
      `${num(r.coldSearchPage.queryToResultsMs)} ms (${r.coldSearchPage.results} results; ${num(r.coldSearchPage.navigationToResultsMs)} ms from navigation)`,
      `${num(r.coldHeaderBox.focusToResultsMs)} ms`,
      `${ok(r.warm.sameQueryMedianMs <= BUDGETS.warmSearchMs)} ${num(r.warm.sameQueryMedianMs, 1)} ms`,
      `${ok(r.warm.newQueryMedianMs <= BUDGETS.warmSearchMs)} ${num(r.warm.newQueryMedianMs, 1)} ms (max ${num(r.warm.newQueryMaxMs, 1)})`,
      `${ok(r.coldHeaderBox.gzipBytes <= BUDGETS.firstQueryBytes)} ${kb(r.coldHeaderBox.gzipBytes)} gzip; ${ok(r.coldHeaderBox.bytes <= BUDGETS.firstQueryBytes)} ${kb(r.coldHeaderBox.bytes)} as served (${r.coldHeaderBox.requests} requests)`,
      `${kb(r.coldSearchPage.gzipBytes)} gzip; ${kb(r.coldSearchPage.bytes)} as served`,
    ]);
    out.push(
      table(
        ['Lang', 'Query', 'Cold, search page: query → results', 'Cold, header box: focus → results', 'Warm, same query (≤ 150 ms)', 'Warm, new query (≤ 150 ms)', 'First query bytes, header box (≤ 120 KB)', 'Search page with ?q= (20 results)'],
        rowsS,
      ),
    );
    out.push('', 'First query from the header box, one fresh browser per query (≤ 120 KB gzip). Pagefind loads one index chunk per word, and for a word whose stem begins differently from the word itself (Arabic words with the article ال) also the chunk where the unstemmed word would sort.', '');
    out.push(
      table(
        ['Lang', 'Query', 'Total gzip', 'Pagefind runtime + wasm', 'Index chunks', 'Fragments (results shown)', 'Site search code + data', 'Focus → results'],
        Object.entries(s.languages).flatMap(([lang, r]) =>
          (r.firstQueries ?? []).map((q) => [
            lang,
            q.query,
            `${ok(q.gzipBytes <= BUDGETS.firstQueryBytes)} ${kb(q.gzipBytes)}`,
            kb(q.parts.runtime.gzipBytes),
            `${q.parts.index.files} · ${kb(q.parts.index.gzipBytes)}`,
            `${q.parts.fragments.files} · ${kb(q.parts.fragments.gzipBytes)}`,
            kb(q.parts.site.gzipBytes),
            `${num(q.focusToResultsMs)} ms`,
          ]),
        ),
      ),
    );
    const first = Object.values(s.languages)[0]?.coldHeaderBox;
    if (first) {
      out.push('', `What the first query fetched (${Object.keys(s.languages)[0]}, header box):`, '');
      out.push(table(['URL', 'As served', 'Gzip'], first.responses.map((x) => [`\`${x.url}\``, kb(x.bytes), kb(x.gzipBytes)])));
    }
  } else out.push('Not run.');

  // Summary
  const v = verdicts(results);
  const failed = v.filter((x) => x.pass === false);
  out.push('', '## Budgets missed', '');
  if (!failed.length) out.push('None.');
  else out.push(table(['Section', 'Measure', 'Value', 'Budget'], failed.map((x) => [x.section, x.name, x.display + (x.note ? ` (${x.note})` : ''), x.budget])));
  out.push('');
  return out.join('\n');
}

/** A small SVG chart; sets that did not finish are drawn hollow at the time they were stopped. */
export function buildTimeSvg(results) {
  const b = results.builds ?? {};
  const sets = buildOrder(b)
    .filter(([key]) => key !== 'realWarm')
    .map(([key]) => {
      const label = key === 'realCold' ? `real (${b[key].codes} codes)` : `${b[key].codes} codes`;
      const r = b[key];
      const tag = key === 'realCold' ? 'real' : `${b[key].codes}`;
      return { label, tag, pages: r.ok ? r.pages : r.pagesExpected, seconds: r.wallSeconds, done: r.ok, render: r.phases?.renderSeconds };
    })
    .sort((x, y) => x.pages - y.pages);
  const W = 720;
  const H = 440;
  const m = { l: 70, r: 30, t: 50, b: 60 };
  const maxX = niceMax(Math.max(...sets.map((s) => s.pages), 1));
  const maxY = niceMax(Math.max(...sets.map((s) => s.seconds), 1));
  const x = (v) => m.l + (v / maxX) * (W - m.l - m.r);
  const y = (v) => H - m.b - (v / maxY) * (H - m.t - m.b);
  const e = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const parts = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="system-ui, sans-serif" font-size="12">`);
  parts.push(`<rect width="${W}" height="${H}" fill="#fff"/>`);
  parts.push(`<text x="${W / 2}" y="24" text-anchor="middle" font-size="15" font-weight="600">astro build wall time (incl. Pagefind) against pages built</text>`);
  for (let i = 0; i <= 5; i++) {
    const vx = (maxX / 5) * i;
    const vy = (maxY / 5) * i;
    parts.push(`<line x1="${x(vx)}" y1="${y(0)}" x2="${x(vx)}" y2="${y(maxY)}" stroke="#eee"/>`);
    parts.push(`<line x1="${x(0)}" y1="${y(vy)}" x2="${x(maxX)}" y2="${y(vy)}" stroke="#eee"/>`);
    parts.push(`<text x="${x(vx)}" y="${y(0) + 18}" text-anchor="middle">${Math.round(vx).toLocaleString('en-US')}</text>`);
    parts.push(`<text x="${x(0) - 8}" y="${y(vy) + 4}" text-anchor="end">${Math.round(vy)}</text>`);
  }
  parts.push(`<line x1="${x(0)}" y1="${y(0)}" x2="${x(maxX)}" y2="${y(0)}" stroke="#333"/>`);
  parts.push(`<line x1="${x(0)}" y1="${y(0)}" x2="${x(0)}" y2="${y(maxY)}" stroke="#333"/>`);
  parts.push(`<text x="${(x(0) + x(maxX)) / 2}" y="${H - 18}" text-anchor="middle">pages built</text>`);
  parts.push(`<text transform="translate(20 ${(y(0) + y(maxY)) / 2}) rotate(-90)" text-anchor="middle">wall time (s)</text>`);
  // Linear extrapolation through the two smallest sets, for comparison.
  if (sets.length >= 2 && sets[1].pages > sets[0].pages) {
    const slope = (sets[1].seconds - sets[0].seconds) / (sets[1].pages - sets[0].pages);
    const at = (p) => sets[0].seconds + slope * (p - sets[0].pages);
    const endX = Math.min(maxX, sets[0].pages + (maxY - sets[0].seconds) / slope);
    parts.push(`<line x1="${x(sets[0].pages)}" y1="${y(sets[0].seconds)}" x2="${x(endX)}" y2="${y(at(endX))}" stroke="#999" stroke-dasharray="5 4"/>`);
    parts.push(`<text x="${x(endX) - 4}" y="${y(at(endX)) - 8}" text-anchor="end" fill="#777">linear from the two smaller sets</text>`);
  }
  const done = sets.filter((s) => s.done);
  if (done.length > 1) parts.push(`<polyline fill="none" stroke="#1f6feb" stroke-width="2" points="${done.map((s) => `${x(s.pages)},${y(s.seconds)}`).join(' ')}"/>`);
  // Points carry a short tag; the full numbers go in a legend in the top-left corner.
  sets.forEach((s, i) => {
    parts.push(`<circle cx="${x(s.pages)}" cy="${y(s.seconds)}" r="5" fill="${s.done ? '#1f6feb' : '#fff'}" stroke="#1f6feb" stroke-width="2"/>`);
    const anchor = x(s.pages) > W * 0.6 ? 'end' : 'start';
    // Alternate tags above and below the line so neighbouring small sets do not collide.
    const below = i % 2 === 0 && i < sets.length - 1;
    parts.push(`<text x="${x(s.pages) + (anchor === 'end' ? -9 : 7)}" y="${y(s.seconds) + (below ? 20 : -9)}" text-anchor="${anchor}" font-weight="600">${e(s.tag)}</text>`);
    const line = `${s.label}: ${s.pages.toLocaleString('en-US')} pages in ${s.done ? '' : '≥ '}${s.seconds.toFixed(1)} s${s.done ? '' : ' (stopped at the time limit)'}${s.render ? ` (rendering ${s.render.toFixed(1)} s)` : ''}`;
    parts.push(`<text x="${m.l + 12}" y="${m.t + 14 + i * 17}">${e(line)}</text>`);
  });
  parts.push('</svg>');
  return parts.join('\n') + '\n';
}

/** [key, name] of every build measured, real site first, then synthetic sets by size. */
function buildOrder(builds) {
  const names = { realCold: 'real site (cold caches)', realWarm: 'real site (repeat build)' };
  return Object.keys(builds)
    .sort((a, c) => (a.startsWith('real') ? 0 : Number(a.slice(1))) - (c.startsWith('real') ? 0 : Number(c.slice(1))) || a.localeCompare(c))
    .map((key) => [key, names[key] ?? `${builds[key].codes} codes (synthetic)`]);
}

function niceMax(v) {
  const p = 10 ** Math.floor(Math.log10(v));
  for (const f of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (f * p >= v * 1.05) return f * p;
  return 10 * p;
}
