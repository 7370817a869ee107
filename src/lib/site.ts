/**
 * The public origin the site is deployed to; canonical and hreflang URLs and the sitemap
 * are absolute. Override with SITE_URL at build time when deploying elsewhere.
 */
export const SITE_URL = process.env.SITE_URL ?? 'https://closecodes.dev';
