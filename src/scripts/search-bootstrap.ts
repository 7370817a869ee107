/**
 * On every page: the "/" shortcut, and loading the search code when the box is first used.
 * Kept tiny; everything else arrives with the first focus.
 */
const form = document.querySelector<HTMLFormElement>('form[data-search-box]');
const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
// The built URL of the search code, linked from the form (see SearchBox.astro).
const moduleUrl = form?.dataset.module;

if (form && input && moduleUrl) {
  input.addEventListener('focus', () => void import(/* @vite-ignore */ moduleUrl), { once: true });
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
    if (typing || event.altKey || event.metaKey) return;
    if (event.key === '/' || (event.key === 'k' && event.ctrlKey)) {
      event.preventDefault();
      input.focus();
    }
  });
}
