/**
 * The header search box: an ARIA combobox with a listbox of live results.
 * Loaded on first use only, through search-box-entry (see SearchModule.astro).
 */
import { search, searchStrings, warmUp, type SearchResult } from './search-engine';
import { countText, renderResult, type SearchStrings } from './search-render';

const LIMIT = 5;

export function attach(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[role="combobox"]')!;
  const listbox = form.querySelector<HTMLElement>('[role="listbox"]')!;
  const status = form.querySelector<HTMLElement>('[role="status"]')!;
  const lang = document.documentElement.lang as 'en' | 'ar' | 'ru';
  // The UI strings come with the search data, so they weigh nothing on pages where search
  // is never used; until they arrive the status says nothing, and a failure has its own text.
  let strings: SearchStrings | undefined;
  const failed = form.dataset.failed ?? '';
  searchStrings(lang).then((s) => (strings = s), () => undefined);
  let results: SearchResult[] = [];
  let active = -1;
  let generation = 0;

  const options = () => [...listbox.querySelectorAll<HTMLElement>('[role="option"]')];
  const close = () => {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const setActive = (index: number) => {
    const all = options();
    if (!all.length) return;
    active = (index + all.length) % all.length;
    all.forEach((option, i) => option.setAttribute('aria-selected', String(i === active)));
    input.setAttribute('aria-activedescendant', all[active]!.id);
    all[active]!.scrollIntoView({ block: 'nearest' });
  };

  const update = async () => {
    const query = input.value;
    const mine = ++generation;
    if (!query.trim()) {
      listbox.replaceChildren();
      status.textContent = '';
      close();
      return;
    }
    status.textContent = strings?.searching ?? '';
    const show = (found: SearchResult[], final: boolean) => {
      if (mine !== generation) return; // a newer query is on its way: never show stale results
      results = found;
      listbox.replaceChildren(
        ...results.map((result, i) => {
          const option = document.createElement('li');
          option.id = `${listbox.id}-${i}`;
          option.setAttribute('role', 'option');
          option.setAttribute('aria-selected', 'false');
          renderResult(option, result, false);
          option.addEventListener('mousedown', (e) => e.preventDefault());
          option.addEventListener('click', () => location.assign(result.url));
          return option;
        }),
      );
      // Which query the options answer (they arrive asynchronously): `first` as soon as the
      // pages the query names are shown, `query` once the full-text results are in.
      if (final) {
        status.textContent = !strings ? '' : results.length ? countText(strings, lang, results.length) : strings.noResults;
        listbox.dataset.query = query;
      } else listbox.dataset.first = query;
      active = -1;
      input.removeAttribute('aria-activedescendant');
      listbox.hidden = results.length === 0;
      input.setAttribute('aria-expanded', String(results.length > 0));
    };
    try {
      show(await search(query, lang, LIMIT, (direct) => show(direct, false)), true);
    } catch {
      if (mine === generation) status.textContent = failed;
    }
  };

  input.addEventListener('input', () => void update());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (listbox.hidden && results.length) {
        listbox.hidden = false;
        input.setAttribute('aria-expanded', 'true');
      }
      setActive(active + (event.key === 'ArrowDown' ? 1 : -1));
      event.preventDefault();
    } else if (event.key === 'Enter' && active >= 0 && results[active]) {
      event.preventDefault();
      location.assign(results[active]!.url);
    } else if (event.key === 'Escape') {
      if (!listbox.hidden) close();
      else input.value = '';
    }
  });
  input.addEventListener('blur', close);
  warmUp(lang);
  if (input.value.trim()) void update();
}
