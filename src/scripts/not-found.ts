/** On a 404 page: if the address holds a number, show what its range means. */
import { numberFromPath } from '../lib/not-found';

for (const root of document.querySelectorAll<HTMLElement>('[data-not-found]')) {
  const withPages = new Set((root.dataset.codes ?? '').split(' ').map(Number));
  const number = numberFromPath(location.pathname, withPages);
  if (number === null) continue;
  for (const block of root.querySelectorAll<HTMLElement>('[data-range-min]')) {
    if (number < Number(block.dataset.rangeMin) || number > Number(block.dataset.rangeMax)) continue;
    block.querySelectorAll('[data-slot="number"]').forEach((slot) => (slot.textContent = String(number)));
    block.querySelectorAll<HTMLAnchorElement>('a[data-search-number]').forEach((a) => {
      a.setAttribute('href', `${a.getAttribute('href')}?q=${number}`); // keep the link site-relative
    });
    block.hidden = false;
  }
}
