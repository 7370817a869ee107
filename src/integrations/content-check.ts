import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readContent } from '../lib/content-files';
import { formatContentErrors, validateContent } from '../lib/content-validation';

/** Fails `astro build`, `dev` and `check` on any content problem, listing all of them. */
export function contentCheck(): AstroIntegration {
  return {
    name: 'close-codes:content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const errors = validateContent(readContent(root));
        if (errors.length > 0) throw new Error(formatContentErrors(errors));
        logger.info('content check passed');
      },
    },
  };
}
