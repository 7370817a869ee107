import { ltrRuns } from '../i18n/rich';
import { fillSlots } from '../lib/search-query';
import type { SearchResult } from './search-engine';

/**
 * Appends text; on a right-to-left page each stretch of code, Latin text or numbers (an
 * identifier, a message, a range such as 1000–2999) goes in its own left-to-right <bdi>, so
 * it keeps its order.
 */
function appendText(parent: HTMLElement, text: string): void {
  if (document.documentElement.dir !== 'rtl') {
    parent.append(text);
    return;
  }
  for (const run of ltrRuns(text)) {
    if (!run.ltr) {
      parent.append(run.text);
      continue;
    }
    const bdi = document.createElement('bdi');
    bdi.dir = 'ltr';
    bdi.textContent = run.text;
    parent.append(bdi);
  }
}

/** Builds a result's title and excerpt from text nodes only: nothing is parsed as HTML. */
export function renderResult(item: HTMLElement, result: SearchResult, tabbable: boolean): void {
  const link = document.createElement('a');
  link.href = result.url;
  appendText(link, result.title);
  if (!tabbable) link.tabIndex = -1;
  const excerpt = document.createElement('span');
  excerpt.className = 'search-excerpt';
  for (const part of result.excerpt) {
    if (part.marked) {
      const mark = document.createElement('mark');
      appendText(mark, part.text);
      excerpt.append(mark);
    } else {
      appendText(excerpt, part.text);
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
