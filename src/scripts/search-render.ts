import { fillSlots } from '../lib/search-query';
import type { SearchResult } from './search-engine';

/** Builds a result's title and excerpt from text nodes only: nothing is parsed as HTML. */
export function renderResult(item: HTMLElement, result: SearchResult, tabbable: boolean): void {
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.title;
  if (!tabbable) link.tabIndex = -1;
  const excerpt = document.createElement('span');
  excerpt.className = 'search-excerpt';
  for (const part of result.excerpt) {
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      excerpt.append(mark);
    } else {
      excerpt.append(part.text);
    }
  }
  item.replaceChildren(link, excerpt);
}

export interface SearchStrings {
  noResults: string;
  searching: string;
  failed: string;
  /** Result count per plural category of the page's language, with `{count}`. */
  count: Record<string, string>;
}

export function countText(strings: SearchStrings, lang: string, count: number): string {
  const category = new Intl.PluralRules(lang).select(count);
  return fillSlots(strings.count[category] ?? strings.count.other ?? '', { count });
}
