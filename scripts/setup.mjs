#!/usr/bin/env node
// Prepares a fresh machine: installs npm dependencies (including the pinned Node runtime that
// `npm run` scripts use) and, with --browser, Debian's Chromium for the browser tests.
// Plain Node with no dependencies, so it runs on the machine's own (older) Node.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_CANDIDATES } from './browser.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const wantBrowser = process.argv.includes('--browser');

function run(command, args, options = {}) {
  console.log(`[setup] ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
  if (result.status !== 0) {
    console.error(`[setup] failed: ${command} ${args.join(' ')} (exit ${result.status ?? result.signal})`);
    process.exit(1);
  }
}

function dependenciesCurrent() {
  const installed = join(root, 'node_modules/.package-lock.json');
  const lock = join(root, 'package-lock.json');
  if (!existsSync(installed) || !existsSync(join(root, 'node_modules/.bin/astro'))) return false;
  return statSync(installed).mtimeMs >= statSync(lock).mtimeMs;
}

if (!dependenciesCurrent()) {
  // Not `npm ci`: see .ci/run (optional native packages for other platforms are not all
  // available from the registry, so the lock file cannot list them).
  run('npm', ['install', '--no-audit', '--no-fund']);
}

if (wantBrowser) {
  const present = process.env.CHROMIUM_PATH ?? CHROMIUM_CANDIDATES.find((p) => existsSync(p));
  if (present) {
    console.log(`[setup] browser: ${present}`);
  } else if (process.platform === 'linux' && existsSync('/usr/bin/apt-get')) {
    // Debian's Chromium, never a browser download; Noto fonts so Arabic renders in screenshots.
    const isRoot = process.getuid?.() === 0;
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const apt = (args) => (isRoot ? run('apt-get', args, { env }) : run('sudo', ['apt-get', ...args], { env }));
    if (!isRoot && spawnSync('sudo', ['-n', 'true']).status !== 0) {
      console.error('[setup] Chromium is missing and installing it needs root: run `sudo apt-get install chromium fonts-noto-core`, or set CHROMIUM_PATH.');
      process.exit(1);
    }
    apt(['update', '-qq']);
    apt(['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-noto-core']);
  } else {
    console.error('[setup] No Chromium found. Install Chromium from your system packages and set CHROMIUM_PATH to its executable.');
    process.exit(1);
  }
}
