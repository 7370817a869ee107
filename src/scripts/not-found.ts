/** On a 404 page: if the address holds a number, show what its range means and any system's rule for its block. */
import { numberFromPath } from '../lib/not-found';

const covers = (min: string | undefined, max: string | undefined, n: number) => n >= Number(min) && n <= Number(max);

for (const root of document.querySelectorAll<HTMLElement>('[data-not-found]')) {
  const withPages = new Set((root.dataset.codes ?? '').split(' ').map(Number));
  const number = numberFromPath(location.pathname, withPages);
  if (number === null) continue;
  for (const block of root.querySelectorAll<HTMLElement>('[data-range-min]')) {
    if (!covers(block.dataset.rangeMin, block.dataset.rangeMax, number)) continue;
    block.querySelectorAll('[data-slot="number"]').forEach((slot) => (slot.textContent = String(number)));
    block.querySelectorAll<HTMLAnchorElement>('a[data-search-number]').forEach((a) => {
      a.setAttribute('href', `${a.getAttribute('href')}?q=${number}`); // keep the link site-relative
    });
    block.hidden = false;
  }
  const rules = root.querySelector<HTMLElement>('[data-block-rules]');
  const matching = [...(rules?.querySelectorAll<HTMLElement>('[data-rule-min]') ?? [])].filter((rule) =>
    covers(rule.dataset.ruleMin, rule.dataset.ruleMax, number),
  );
  matching.forEach((rule) => (rule.hidden = false));
  if (rules && matching.length) rules.hidden = false;
}
