/**
 * On every page: the "/" shortcut, and loading the search code when the box is first used.
 * Kept tiny; everything else arrives with the first focus.
 */
const form = document.querySelector<HTMLFormElement>('form[data-search-box]');
const input = form?.querySelector<HTMLInputElement>('input[type="search"]');

if (form && input) {
  let attached = false;
  const start = () => {
    if (attached) return;
    attached = true;
    void import('./search-box').then((m) => m.attach(form));
  };
  input.addEventListener('focus', start, { once: true });
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
