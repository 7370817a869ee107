import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '/work/main/scripts/browser.mjs';
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 2 });
await page.goto('http://127.0.0.1:4398' + process.argv[2]);
await page.locator(process.argv[3]).nth(Number(process.argv[5] ?? 0)).screenshot({ path: process.argv[4] });
await browser.close();
