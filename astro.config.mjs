// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { localizedNotFound } from './src/integrations/localized-not-found.ts';
import { isSitemapPage, sitemapAlternates } from './src/lib/sitemap.ts';
import { SITE_URL } from './src/lib/site.ts';

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  build: { format: 'directory', concurrency: 2 },
  // Scripts always ship as files: the Content-Security-Policy allows no inline script.
  vite: {
    build: { assetsInlineLimit: 0 },
    // The search code is built as a separate ES bundle (`?worker&url`) and imported on first use.
    worker: { format: 'es' },
    plugins: [
      {
        // No preload list for the search chunks in the script every page loads (about 100 bytes
        // gzip): they load on first use anyway. (Astro sets its own modulePreload option over a
        // plain `build.modulePreload`, so a plugin sets it last.)
        name: 'no-module-preload',
        configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
      },
    ],
  },
  // Code blocks are plain text in the page's colours, like the generated examples: token
  // highlighting cost about 0.5 KB gzip per block, on pages already close to their budget.
  markdown: { syntaxHighlight: false },
  integrations: [
    contentCheck(),
    mdx(),
    sitemap({
      filter: isSitemapPage,
      serialize: (item) => ({ ...item, links: sitemapAlternates(item.url) }),
    }),
    localizedNotFound(),
  ],
});
