import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind index after the site is built: one index per `<html lang>`, covering
 * only pages whose `<main>` carries `data-pagefind-body` (codes, comparisons, ranges).
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'close-codes:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const fail = (step: string, errors: string[]) => {
          throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
        };
        // Underscores belong to identifiers such as CLOSED_ABNORMALLY.
        const { index, errors } = await pagefind.createIndex({ includeCharacters: '_' });
        if (!index || errors.length) fail('createIndex', errors);
        const added = await index!.addDirectory({ path: out });
        if (added.errors.length) fail('addDirectory', added.errors);
        const written = await index!.writeFiles({ outputPath: `${out}/pagefind` });
        if (written.errors.length) fail('writeFiles', written.errors);
        await pagefind.close();
        logger.info(`indexed ${added.page_count} pages`);
      },
    },
  };
}
