// Search latency and bytes in Debian's Chromium through Playwright, per language:
//  - cold, search page: a fresh context opens /{lang}/search/?q=…; time from the first search
//    request (Pagefind or the search data) to the first `ol.search-results li` in the DOM, and from
//    navigation start; bytes of every search response (Pagefind files, /api/search/{lang}.json, scripts);
//  - warm: on that page, with the index loaded, queries typed into the header box; time from the
//    `input` event to the listbox being filled for that query (same query again, then new ones);
//  - cold, header box, once per query: a fresh context opens a code page, focuses the box and
//    types; time from focus to options, and every byte fetched from that moment (the first
//    query's cost), split by kind.
import { chromium } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, chromiumPath } from '../browser.mjs';
import { log, median, round, sleep } from './util.mjs';

export const QUERIES = {
  en: ['handshake', 'proxy', 'reconnect', 'timeout', 'close frame'],
  ar: ['المصافحة', 'الوكيل', 'الاتصال', 'المهلة', 'إطار الإغلاق'],
  ru: ['рукопожатие', 'прокси', 'соединение', 'тайм-аут', 'фрейм закрытия'],
};

const SEARCH_URL = /\/pagefind\/|\/api\/|\.m?js(\?|$)/;

/** Records every finished response with its encoded body size and a gzip-equivalent size. */
function recordResponses(target) {
  const list = [];
  let recording = true;
  const pending = [];
  // On the context, so requests of the page's dedicated workers (Pagefind's) are included too.
  target.on('requestfinished', (request) => {
    if (!recording) return;
    pending.push(
      (async () => {
        const response = await request.response();
        if (!response) return;
        const sizes = await request.sizes().catch(() => null);
        let body = null;
        try {
          body = await response.body();
        } catch {
          // e.g. redirects have no body
        }
        // Worker requests report no size: fall back to the body (the server does not compress).
        const encoded = sizes?.responseBodySize || body?.length || 0;
        const gz = body ? Math.min(body.length, gzipSync(body, { level: 6 }).length) : encoded;
        list.push({ url: new URL(request.url()).pathname, status: response.status(), bytes: encoded, gzipBytes: gz, startedAt: request.timing().startTime });
      })(),
    );
  });
  return {
    async stop() {
      recording = false;
      await Promise.all(pending);
      return list;
    },
  };
}

const sum = (list, key) => list.reduce((a, r) => a + r[key], 0);

/** In the page: run one query in the header box and resolve with the milliseconds it took. */
async function timedHeaderQuery(page, query, { clearFirst, timeoutMs = 15_000 }) {
  return page.evaluate(
    async ({ query, clearFirst, timeoutMs }) => {
      const form = document.querySelector('form[data-search-box]');
      const input = form.querySelector('input');
      const listbox = form.querySelector('[role="listbox"]');
      if (clearFirst) {
        input.value = '';
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
      return new Promise((resolve) => {
        let t0;
        const done = () => {
          observer.disconnect();
          clearTimeout(timer);
          resolve({ ms: performance.now() - t0, options: listbox.querySelectorAll('[role="option"]').length });
        };
        const observer = new MutationObserver((records) => {
          if (records.some((r) => r.type === 'attributes' && r.attributeName === 'data-query') && listbox.dataset.query === query) done();
        });
        observer.observe(listbox, { attributes: true, attributeFilter: ['data-query'] });
        const timer = setTimeout(() => {
          observer.disconnect();
          resolve({ ms: null, options: 0, timeout: true });
        }, timeoutMs);
        t0 = performance.now();
        input.value = query;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
    },
    { query, clearFirst, timeoutMs },
  );
}

/** Focuses the header box until its search code has attached (a query gets an answer). */
async function attachHeaderBox(page, query) {
  await page.focus('form[data-search-box] input');
  for (let i = 0; i < 20; i++) {
    const r = await timedHeaderQuery(page, query, { clearFirst: true, timeoutMs: 1500 }).catch(() => ({ ms: null }));
    if (r.ms != null) return true;
    await sleep(250);
  }
  return false;
}

const FIRST_RESULT_PROBE = () => {
  window.__bench = { firstResult: null };
  const observer = new MutationObserver(() => {
    if (window.__bench.firstResult === null && document.querySelector('ol.search-results li')) {
      window.__bench.firstResult = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
};

/** What a group of responses weighs, gzip-equivalent. */
const part = (responses, test) => {
  const list = responses.filter((x) => test.test(x.url));
  return { files: list.length, gzipBytes: sum(list, 'gzipBytes') };
};

/**
 * A fresh context opens a code page, focuses the header box and types one query; resolves when
 * the listbox says it answers the query: `first` (the pages the site's own data names, shown
 * before Pagefind) or `query` (the full answer), whichever `until` lists first. Returns when
 * that was (`ms` from focus, `at` wall clock), the first result, and every response recorded.
 */
async function coldQuery(browser, base, lang, query, until) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${base}/${lang}/1006/`, { waitUntil: 'load' });
    await sleep(300);
    const recorder = recordResponses(context);
    const res = await page.evaluate(
      async ({ query, until }) => {
        const form = document.querySelector('form[data-search-box]');
        const input = form.querySelector('input');
        const listbox = form.querySelector('[role="listbox"]');
        return new Promise((resolve) => {
          const t0 = performance.now();
          const observer = new MutationObserver(() => {
            if (!until.some((key) => listbox.dataset[key] === query)) return;
            observer.disconnect();
            resolve({
              ms: performance.now() - t0,
              at: Date.now(),
              options: listbox.querySelectorAll('[role="option"]').length,
              url: listbox.querySelector('[role="option"] a')?.getAttribute('href') ?? null,
              final: listbox.dataset.query === query,
            });
          });
          observer.observe(listbox, { attributes: true, attributeFilter: until.map((key) => `data-${key}`) });
          setTimeout(() => resolve({ ms: null, timeout: true }), 30_000);
          input.focus(); // loads the search code, which runs the query already typed
          input.value = query;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        });
      },
      { query, until },
    );
    await sleep(700);
    return { res, responses: await recorder.stop() };
  } finally {
    await context.close();
  }
}

/**
 * A reader's first query in the header box: time from focus to the full answer, and every byte
 * fetched from that moment, split into Pagefind's runtime, index chunks, fragments (one per
 * result shown) and the site's own search code and data.
 */
async function coldHeaderQuery(browser, base, lang, query) {
  const { res, responses } = await coldQuery(browser, base, lang, query, ['query']);
  return {
    query,
    words: query.split(/\s+/).length,
    page: `/${lang}/1006/`,
    focusToResultsMs: round(res.ms, 0),
    options: res.options,
    requests: responses.length,
    bytes: sum(responses, 'bytes'),
    gzipBytes: sum(responses, 'gzipBytes'),
    parts: {
      runtime: part(responses, /\/pagefind\/(pagefind[^/]*\.js|pagefind-entry\.json|[^/]*\.pf_meta|wasm\.[^/]*)$/),
      index: part(responses, /\.pf_index$/),
      fragments: part(responses, /\.pf_fragment$/),
      site: part(responses, /^\/(_astro|api)\//),
    },
    responses: responses.map(({ url, bytes, gzipBytes }) => ({ url, bytes, gzipBytes })),
  };
}

/** Queries a reader types with a number or a known name in hand: answered from the site's own data. */
export const DIRECT_QUERIES = {
  en: ['4004', 'SESSION_NOT_RELIABLE', 'discord 4004'],
  ar: ['٤٠٠٤', 'ConnectionInitialisationTimeout'],
  ru: ['4201', 'pusher 4201'],
};

/**
 * A query that names a page: time from focus to the first options (shown from the site's
 * search data, before Pagefind), and the bytes of the requests started until then.
 */
async function coldDirectQuery(browser, base, lang, query) {
  const { res, responses } = await coldQuery(browser, base, lang, query, ['first', 'query']);
  const before = responses.filter((r) => res.at && r.startedAt <= res.at);
  return {
    query,
    focusToFirstResultMs: round(res.ms, 0),
    firstResult: res.url,
    beforePagefind: res.final === false,
    requests: before.length,
    gzipBytes: sum(before, 'gzipBytes'),
    responses: before.map(({ url, gzipBytes }) => ({ url, gzipBytes })),
  };
}

export async function runSearchBench(base, langs = ['en', 'ar', 'ru']) {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
  const out = { browser: `Chromium ${browser.version()}`, queries: QUERIES, directQueries: DIRECT_QUERIES, languages: {} };
  try {
    for (const lang of langs) {
      const [q1, ...others] = QUERIES[lang];
      const r = { query: q1 };

      // 1. Cold: fresh context, the search page runs the query from its URL.
      {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.addInitScript(FIRST_RESULT_PROBE);
        const recorder = recordResponses(context);
        const url = `${base}/${lang}/search/?q=${encodeURIComponent(q1)}`;
        await page.goto(url, { waitUntil: 'load' });
        await page.waitForSelector('ol.search-results li', { timeout: 30_000 });
        await sleep(500);
        const timing = await page.evaluate(() => {
          const nav = performance.getEntriesByType('navigation')[0];
          const searchReqs = performance
            .getEntriesByType('resource')
            .filter((e) => /\/pagefind\/|\/api\//.test(e.name))
            .map((e) => e.startTime);
          return {
            firstResult: window.__bench.firstResult,
            firstSearchRequest: searchReqs.length ? Math.min(...searchReqs) : null,
            domContentLoaded: nav?.domContentLoadedEventStart ?? null,
            results: document.querySelectorAll('ol.search-results li').length,
          };
        });
        const responses = (await recorder.stop()).filter((x) => SEARCH_URL.test(x.url));
        r.coldSearchPage = {
          url: `/${lang}/search/?q=${q1}`,
          results: timing.results,
          queryToResultsMs: round(timing.firstResult - timing.firstSearchRequest, 0),
          navigationToResultsMs: round(timing.firstResult, 0),
          domContentLoadedMs: round(timing.domContentLoaded, 0),
          requests: responses.length,
          bytes: sum(responses, 'bytes'),
          gzipBytes: sum(responses, 'gzipBytes'),
          responses: responses.map(({ url, bytes, gzipBytes }) => ({ url, bytes, gzipBytes })),
        };

        // 2. Warm: same page, index loaded; queries through the header box.
        const attached = await attachHeaderBox(page, q1);
        if (!attached) throw new Error(`header search box on /${lang}/search/ never answered`);
        const same = [];
        for (let i = 0; i < 5; i++) same.push(await timedHeaderQuery(page, q1, { clearFirst: true }));
        const fresh = [];
        for (const q of others) fresh.push({ query: q, ...(await timedHeaderQuery(page, q, { clearFirst: true })) });
        const repeat = [];
        for (const q of others) repeat.push({ query: q, ...(await timedHeaderQuery(page, q, { clearFirst: true })) });
        r.warm = {
          sameQueryMs: same.map((x) => round(x.ms, 1)),
          sameQueryMedianMs: round(median(same.map((x) => x.ms)), 1),
          newQueries: fresh.map((x) => ({ query: x.query, ms: round(x.ms, 1), options: x.options })),
          newQueryMedianMs: round(median(fresh.map((x) => x.ms)), 1),
          newQueryMaxMs: round(Math.max(...fresh.map((x) => x.ms ?? Infinity)), 1),
          repeatedQueryMedianMs: round(median(repeat.map((x) => x.ms)), 1),
        };
        await context.close();
      }

      // 3. Cold header box on a code page, once per query: what a reader's first query costs.
      r.firstQueries = [];
      for (const query of QUERIES[lang]) r.firstQueries.push(await coldHeaderQuery(browser, base, lang, query));
      r.coldHeaderBox = r.firstQueries[0];

      // 4. Cold header box, a number or a known name: time and bytes to the first result.
      r.directQueries = [];
      for (const query of DIRECT_QUERIES[lang] ?? []) r.directQueries.push(await coldDirectQuery(browser, base, lang, query));
      out.languages[lang] = r;
      log(
        `  search ${lang}: cold ${r.coldSearchPage.queryToResultsMs} ms (${r.coldSearchPage.results} results), warm same ${r.warm.sameQueryMedianMs} ms, warm new ${r.warm.newQueryMedianMs} ms (max ${r.warm.newQueryMaxMs}), first query ${r.firstQueries.map((q) => `${Math.round(q.gzipBytes / 1000)}`).join('/')} KB gzip, named page first ${r.directQueries.map((q) => `${q.focusToFirstResultMs} ms ${(q.gzipBytes / 1000).toFixed(1)} KB${q.beforePagefind ? '' : ' (after Pagefind)'}`).join(' / ')}`,
      );
    }
  } finally {
    await browser.close();
  }
  return out;
}
