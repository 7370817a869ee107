// Lighthouse (default config: mobile form factor, simulated throttling) against the served site,
// in Debian's Chromium started by chrome-launcher. One Chromium for all pages.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath } from '../browser.mjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, log, round } from './util.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
export const LIGHTHOUSE_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];

/**
 * Runs every page `runs` times and keeps the median run (by performance score, as Lighthouse's
 * own guidance suggests for variance), listing every run's scores beside it.
 */
export async function runLighthouse(base, pages, runs = 3) {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: LIGHTHOUSE_FLAGS, logLevel: 'silent' });
  const results = [];
  try {
    for (const page of pages) {
      const url = base + page;
      const t0 = performance.now();
      const lhrs = [];
      let failure;
      for (let i = 0; i < runs; i++) {
        try {
          const runnerResult = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
          lhrs.push(runnerResult.lhr);
        } catch (error) {
          failure = String(error?.message ?? error);
        }
      }
      if (!lhrs.length) {
        results.push({ page, error: failure });
        log(`  lighthouse ${page}: failed: ${failure}`);
        continue;
      }
      const perf = (l) => l.categories.performance?.score ?? 0;
      const sorted = [...lhrs].sort((a, b) => perf(a) - perf(b));
      const lhr = sorted[Math.floor((sorted.length - 1) / 2)];
      const allRuns = lhrs.map((l) => Object.fromEntries(CATEGORIES.map((c) => [c, l.categories[c]?.score == null ? null : Math.round(l.categories[c].score * 100)])));
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100)]));
      // Every weighted audit that kept a category below 100, so a miss can be acted on.
      const failing = {};
      for (const c of CATEGORIES) {
        const refs = lhr.categories[c]?.auditRefs ?? [];
        const bad = refs
          .filter((ref) => ref.weight > 0 || c !== 'performance')
          .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
          .filter(({ audit }) => audit && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'notApplicable' && audit.scoreDisplayMode !== 'manual')
          .map(({ ref, audit }) => ({ id: ref.id, weight: ref.weight, score: audit.score, title: audit.title, displayValue: audit.displayValue }));
        if (bad.length) failing[c] = bad;
      }
      const metrics = Object.fromEntries(METRICS.map((id) => [id, lhr.audits[id]?.numericValue == null ? null : round(lhr.audits[id].numericValue, id === 'cumulative-layout-shift' ? 3 : 0)]));
      results.push({
        page,
        scores,
        runs: allRuns,
        benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
        metrics,
        failing,
        runWarnings: lhr.runWarnings ?? [],
        runtimeError: lhr.runtimeError?.message ?? null,
        seconds: round((performance.now() - t0) / 1000, 1),
      });
      log(`  lighthouse ${page}: ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(', ')} (median of ${lhrs.length}; performance per run ${allRuns.map((r) => r.performance).join('/')})`);
    }
  } finally {
    await chrome.kill();
  }
  return {
    lighthouseVersion: JSON.parse(readFileSync(join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')).version,
    config: `default (mobile, simulated throttling), median of ${runs} runs per page`,
    chromeFlags: LIGHTHOUSE_FLAGS,
    pages: results,
  };
}
