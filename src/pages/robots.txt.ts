import type { APIRoute } from 'astro';
import { SITEMAP_URL, absoluteUrl } from '../lib/urls';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(SITEMAP_URL, site!)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
