/**
 * Builds the Pagefind index for a built site: one index per `<html lang>`, covering only
 * pages whose `<main>` carries `data-pagefind-body` (codes, comparisons, ranges).
 *
 * Runs as its own step after `astro build` (`npm run build`), not inside Astro's process:
 * that way the build's peak memory is the larger of the two, not their sum, which matters
 * as pairs grow with the square of the codes.
 *
 *   node src/integrations/search-index.ts [dist]
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

export async function indexSite(dist: string): Promise<number> {
  const fail = (step: string, errors: string[]): never => {
    throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
  };
  try {
    // Underscores belong to identifiers such as CLOSED_ABNORMALLY.
    const { index, errors } = await pagefind.createIndex({ includeCharacters: '_' });
    if (!index || errors.length) return fail('createIndex', errors);
    const added = await index.addDirectory({ path: dist });
    if (added.errors.length) fail('addDirectory', added.errors);
    if (added.page_count === 0) fail('addDirectory', [`no searchable pages in ${dist}`]);
    const written = await index.writeFiles({ outputPath: `${dist}/pagefind` });
    if (written.errors.length) fail('writeFiles', written.errors);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = resolve(process.argv[2] ?? 'dist');
  indexSite(dist).then(
    (pages) => console.log(`[search-index] indexed ${pages} pages`),
    (error: unknown) => {
      console.error(`[search-index] ${(error as Error).message}`);
      process.exit(1);
    },
  );
}
