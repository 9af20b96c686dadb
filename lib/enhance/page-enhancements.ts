/**
 * The few behaviours every page needs that do not need React: the theme button, the copy
 * buttons and the search shortcuts. They run from one small inline script (see
 * components/enhance-script.tsx), so every page has them, with or without islands
 * too, and React pages do not carry a second copy.
 *
 * The function is serialised with `toString()` into the page, so it must stay self-contained: no
 * imports, no references to anything outside its own body.
 */
export function enhancePage(markInteractive: boolean): void {
  const root = document.documentElement;

  /** True when a key press is meant for a text field, not for the page's shortcuts. */
  const typingInField = (target: EventTarget | null): boolean =>
    target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

  function toggleTheme(): void {
    const dark = !root.classList.contains('dark');
    root.classList.toggle('dark', dark);
    try {
      localStorage.setItem('theme', dark ? 'dark' : 'light');
    } catch {
      // Private browsing can refuse storage; the theme still changes for this page.
    }
  }

  function copy(button: HTMLElement): void {
    const status = button.parentElement?.querySelector('[role="status"]');
    const say = (words: string) => {
      if (status) status.textContent = words;
    };
    navigator.clipboard.writeText(button.dataset.copyText ?? '').then(
      () => say('Copied'),
      () => say('Could not copy: select the text instead'),
    );
  }

  // Listeners sit on the document, so React re-rendering a button cannot drop them.
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const themeButton = target?.closest('[data-theme-toggle]');
    if (themeButton) toggleTheme();
    const copyButton = target?.closest<HTMLElement>('[data-copy-text]');
    if (copyButton) copy(copyButton);
  });

  // `/` or Ctrl/Cmd-K puts the cursor in the header's search box.
  document.addEventListener('keydown', (event) => {
    const shortcut = (event.key === 'k' || event.key === 'K') && (event.metaKey || event.ctrlKey);
    if (!shortcut && !(event.key === '/' && !typingInField(event.target))) return;
    const input = document.querySelector<HTMLInputElement>('[data-search-input]');
    if (!input) return;
    event.preventDefault();
    input.focus();
    input.select();
  });

  // Pages without islands are interactive now; the others say so once hydrated (mountIslands).
  if (markInteractive) root.dataset.hydrated = 'true';
}
