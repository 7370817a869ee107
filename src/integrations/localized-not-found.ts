import type { AstroIntegration } from 'astro';
import { copyFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { LANGS } from '../i18n/locales';

/**
 * Static hosts serve the nearest `404.html` for a missing path (e.g. `/ar/404.html` for
 * `/ar/9999/`). Astro builds `/ar/404/` as a directory page, so copy it next to it.
 */
export function localizedNotFound(): AstroIntegration {
  return {
    name: 'close-codes:localized-not-found',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const out = fileURLToPath(dir);
        await Promise.all(
          LANGS.map((lang) => copyFile(`${out}/${lang}/404/index.html`, `${out}/${lang}/404.html`)),
        );
      },
    },
  };
}
