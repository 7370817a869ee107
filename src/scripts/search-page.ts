/** The search page: runs the query in its URL (`?q=`) and lists the results. */
import { search, type SearchResult } from './search-engine';
import { countText, renderResult, type SearchStrings } from './search-render';

const root = document.querySelector<HTMLElement>('[data-search-page]');
if (root) {
  const strings = JSON.parse(root.dataset.strings ?? '{}') as SearchStrings;
  const list = root.querySelector<HTMLOListElement>('ol')!;
  const status = root.querySelector<HTMLElement>('[role="status"]')!;
  const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
  const lang = document.documentElement.lang as 'en' | 'ar' | 'ru';
  const query = new URLSearchParams(location.search).get('q') ?? '';
  input.value = query;
  status.textContent = '';
  if (query.trim()) {
    status.textContent = strings.searching;
    const show = (results: SearchResult[]) =>
      list.replaceChildren(
        ...results.map((result) => {
          const item = document.createElement('li');
          renderResult(item, result, true);
          return item;
        }),
      );
    // The pages the query names show as soon as the site's own data arrives; full-text results follow.
    search(query, lang, 20, show).then(
      (results) => {
        show(results);
        status.textContent = results.length ? countText(strings, lang, results.length) : strings.noResults;
      },
      () => {
        status.textContent = strings.failed;
      },
    );
  }
}
