/**
 * The header search box's code, loaded by search-bootstrap on first use: it brings the
 * results' stylesheet (no page needs it before a query; its URL is on the form) and
 * attaches itself.
 */
import { attach } from './search-box';

const form = document.querySelector<HTMLFormElement>('form[data-search-box]');
if (form) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = form.dataset.css ?? '';
  document.head.append(link);
  attach(form);
}
