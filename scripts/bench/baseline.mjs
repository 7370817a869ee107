// A trivial Astro site with a given number of pages, built the same way (same Astro, Node,
// output format and concurrency) on the same machine in the same run: the yardstick the
// bench holds the real site's pages/s against.
import { mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './util.mjs';
import { CACHE_ENTRIES } from './workspace.mjs';

const CONFIG = `import { defineConfig } from 'astro/config';
export default defineConfig({ trailingSlash: 'always', build: { format: 'directory', concurrency: 2 } });
`;

// One route, every page a heading and a paragraph: what Astro costs per page with no content.
const PAGE = (pages) => `---
export function getStaticPaths() {
  return Array.from({ length: ${pages} }, (_, i) => ({ params: { slug: i === 0 ? undefined : \`p/\${i}\` }, props: { i } }));
}
const { i } = Astro.props;
---
<html lang="en"><head><meta charset="utf-8" /><title>Page {i}</title></head>
<body><main><h1>Page {i}</h1><p>A trivial page for the build-speed yardstick.</p></main></body></html>
`;

/** Creates the trivial site with `pages` pages in a temporary folder; returns its path. */
export function makeBaseline(label, pages) {
  const dir = join(tmpdir(), `closecodes-baseline-${label}-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'baseline', private: true, type: 'module' }));
  writeFileSync(join(dir, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(dir, 'src/pages/[...slug].astro'), PAGE(pages));
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (CACHE_ENTRIES.has(entry)) continue;
    symlinkSync(join(ROOT, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  return dir;
}
