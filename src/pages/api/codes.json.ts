import type { APIRoute } from 'astro';
import { codesApiFromCatalog } from '../../lib/api-data';
import { getCatalog } from '../../lib/catalog';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(codesApiFromCatalog(await getCatalog()), null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
