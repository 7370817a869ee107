/**
 * Builds the Pagefind index for a built site: one index per `<html lang>`, covering only
 * pages whose `<main>` carries `data-pagefind-body` (codes, ranges, and comparisons with
 * text of their own).
 *
 * Runs as its own step after `astro build` (`npm run build`), not inside Astro's process:
 * that way the build's peak memory is the larger of the two, not their sum, which matters
 * as pairs grow with the square of the codes.
 *
 *   node src/integrations/search-index.ts [dist]
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Indexes `dist` and says how many HTML files Pagefind read and how many pages it indexed. */
export async function indexSite(dist: string): Promise<{ read: number; indexed: number }> {
  const fail = (step: string, errors: string[]): never => {
    throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
  };
  try {
    // Underscores belong to identifiers such as CLOSED_ABNORMALLY.
    const { index, errors } = await pagefind.createIndex({ includeCharacters: '_' });
    if (!index || errors.length) return fail('createIndex', errors);
    const added = await index.addDirectory({ path: dist });
    if (added.errors.length) fail('addDirectory', added.errors);
    const written = await index.writeFiles({ outputPath: `${dist}/pagefind` });
    if (written.errors.length) fail('writeFiles', written.errors);
    // One fragment per indexed page (Pagefind's page_count also counts pages it skipped).
    const indexed = readdirSync(join(dist, 'pagefind', 'fragment')).length;
    if (indexed === 0) fail('addDirectory', [`no searchable pages in ${dist}`]);
    return { read: added.page_count, indexed };
  } finally {
    await pagefind.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = resolve(process.argv[2] ?? 'dist');
  indexSite(dist).then(
    ({ read, indexed }) => console.log(`[search-index] read ${read} pages, indexed ${indexed}`),
    (error: unknown) => {
      console.error(`[search-index] ${(error as Error).message}`);
      process.exit(1);
    },
  );
}
