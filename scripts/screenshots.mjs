#!/usr/bin/env node
// Screenshots of built pages for a human to look at: every path given, light and dark,
// phone (360 px) and desktop (1280 px). Usage: node scripts/screenshots.mjs BASE_URL OUT_DIR PATH...
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './browser.mjs';

const [base = 'http://127.0.0.1:4321', out = 'screenshots', ...paths] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
for (const path of paths.length ? paths : ['/en/1006/', '/ar/1006/', '/ru/1006/']) {
  for (const colorScheme of ['light', 'dark']) {
    for (const [label, width] of [['phone', 360], ['desktop', 1280]]) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
      await page.goto(base + path);
      const file = `${out}/${path.replace(/\W+/g, '_').replace(/^_|_$/g, '') || 'root'}-${colorScheme}-${label}.png`;
      await page.screenshot({ path: file, fullPage: true });
      await page.close();
      console.log(file);
    }
  }
}
await browser.close();
