// Where the system Chromium lives and how to launch it on a machine with no outside network.
import { existsSync } from 'node:fs';

export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function chromiumPath() {
  const path = process.env.CHROMIUM_PATH ?? CHROMIUM_CANDIDATES.find((p) => existsSync(p));
  if (!path) throw new Error('No Chromium found: run `node scripts/setup.mjs --browser` or set CHROMIUM_PATH');
  return path;
}

/** Flags that stop Chromium from calling home (the machine has no outside network). */
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
  '--disable-quic',
  '--disable-dev-shm-usage',
];
