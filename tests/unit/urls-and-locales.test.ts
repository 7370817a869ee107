import { describe, expect, it } from 'vitest';
import { LANGS, LOCALES, localeOf, preferredLang } from '../../src/i18n/locales';
import { isSitemapPage, sitemapAlternates } from '../../src/lib/sitemap';
import { shortCodeUrl, translatePath, urlFor } from '../../src/lib/urls';

describe('URL building (public contract)', () => {
  it('builds the documented URLs', () => {
    expect(urlFor({ kind: 'home' }, 'en')).toBe('/en/');
    expect(urlFor({ kind: 'code', code: 1006 }, 'ar')).toBe('/ar/1006/');
    expect(urlFor({ kind: 'compare', a: 1001, b: 1002 }, 'ru')).toBe('/ru/compare/1001-vs-1002/');
    expect(urlFor({ kind: 'notFound' }, 'ar')).toBe('/ar/404/');
    expect(shortCodeUrl(1006)).toBe('/1006/');
    expect(urlFor({ kind: 'range', range: 'private' }, 'en')).toBe('/en/ranges/4000-4999/');
    expect(urlFor({ kind: 'range', range: 'invalid' }, 'ru')).toBe('/ru/ranges/5000-65535/');
  });

  it('uses one canonical URL for a pair in either order', () => {
    expect(urlFor({ kind: 'compare', a: 1002, b: 1001 }, 'en')).toBe('/en/compare/1001-vs-1002/');
  });

  it('translates a page’s path into another language, and only pages inside a language folder', () => {
    expect(translatePath('/ar/compare/1001-vs-1002/', 'ru', ['en', 'ar', 'ru'])).toBe('/ru/compare/1001-vs-1002/');
    expect(translatePath('/en/', 'ar', ['en', 'ar', 'ru'])).toBe('/ar/');
    expect(translatePath('/1006/', 'ar', ['en', 'ar', 'ru'])).toBeNull();
    expect(translatePath('/api/codes.json', 'ar', ['en', 'ar', 'ru'])).toBeNull();
  });
});

describe('locale table', () => {
  it('has English, Arabic right to left, and Russian', () => {
    expect(LANGS).toEqual(['en', 'ar', 'ru']);
    expect(localeOf('ar').dir).toBe('rtl');
    expect(LOCALES.filter((l) => l.dir === 'rtl').map((l) => l.code)).toEqual(['ar']);
  });

  it('picks the first supported browser language by primary subtag', () => {
    expect(preferredLang(['ar-EG', 'en-US'])).toBe('ar');
    expect(preferredLang(['de-DE', 'ru', 'en'])).toBe('ru');
    expect(preferredLang(['RU_ru'])).toBe('ru');
    expect(preferredLang(['de', 'fr'])).toBe('en');
    expect(preferredLang([])).toBe('en');
  });
});

describe('sitemap filter', () => {
  const site = 'https://closecodes.dev';
  it('keeps canonical content pages', () => {
    for (const path of ['/en/', '/ar/1006/', '/ru/compare/1001-vs-1002/']) expect(isSitemapPage(site + path)).toBe(true);
  });
  it('lists the same page in every language as alternates', () => {
    expect(sitemapAlternates(`${site}/ar/compare/1001-vs-1002/`)).toEqual([
      { lang: 'en', url: `${site}/en/compare/1001-vs-1002/` },
      { lang: 'ar', url: `${site}/ar/compare/1001-vs-1002/` },
      { lang: 'ru', url: `${site}/ru/compare/1001-vs-1002/` },
    ]);
    expect(sitemapAlternates(`${site}/1006/`)).toEqual([]);
  });

  it('drops redirects, short links and error pages', () => {
    for (const path of ['/', '/1006/', '/en/compare/1002-vs-1001/', '/ar/404/', '/api/codes.json']) {
      expect(isSitemapPage(site + path)).toBe(false);
    }
  });
});
