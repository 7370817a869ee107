#!/usr/bin/env node
// Serves dist/ the way common static hosts do: `/x/` → `/x/index.html`, and a missing path
// gets the nearest `404.html` up the tree (so `/ar/9999/` shows the Arabic 404 page).
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createGzip } from 'node:zlib';
import { extname, join, normalize, resolve, sep } from 'node:path';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Maps a URL path to a file inside root, or null; never escapes root. */
async function resolveFile(urlPath) {
  const path = normalize(join(root, urlPath));
  if (path !== root && !path.startsWith(root + sep)) return null;
  if (await isFile(path)) return path;
  if (await isFile(join(path, 'index.html'))) {
    return urlPath.endsWith('/') ? join(path, 'index.html') : { redirect: `${urlPath}/` };
  }
  return null;
}

async function nearestNotFound(urlPath) {
  const segments = urlPath.split('/').filter(Boolean);
  for (let i = segments.length; i >= 0; i--) {
    const candidate = join(root, ...segments.slice(0, i), '404.html');
    if (candidate.startsWith(root) && (await isFile(candidate))) return candidate;
  }
  return null;
}

const server = createServer(async (req, res) => {
  let urlPath;
  try {
    urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    res.writeHead(400).end('Bad request');
    return;
  }
  const found = await resolveFile(urlPath);
  if (found && typeof found === 'object') {
    res.writeHead(301, { Location: found.redirect }).end();
    return;
  }
  const file = found ?? (await nearestNotFound(urlPath));
  if (!file) {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    return;
  }
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  // Compress text as static hosts do; Pagefind's own files are already compressed.
  const gzip = /^(text|application\/(json|xml))|javascript|svg/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  res.writeHead(found ? 200 : 404, {
    'Content-Type': type,
    'X-Content-Type-Options': 'nosniff',
    Vary: 'Accept-Encoding',
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const body = createReadStream(file);
  (gzip ? body.pipe(createGzip()) : body).pipe(res);
});

server.listen(port, host, () => {
  console.log(`Serving ${root} at http://${host}:${port}/`);
});
