'use client';

import { useSyncExternalStore } from 'react';

/** The theme lives in the `dark` class that the theme script sets on <html>; watch it change. */
function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
  return () => observer.disconnect();
}
const isDark = () => document.documentElement.classList.contains('dark');
/** The static HTML is built without a theme; the button's words settle once the page hydrates. */
const unknownOnServer = () => undefined;

/**
 * A button that switches between light and dark and remembers the choice. Its words say what it
 * will do ("Dark theme" in the light theme), so it carries no pressed state, which would read
 * as "Light theme, pressed" in the dark theme.
 */
export function ThemeToggle() {
  const dark = useSyncExternalStore<boolean | undefined>(subscribe, isDark, unknownOnServer);

  function toggle() {
    const next = !isDark();
    document.documentElement.classList.toggle('dark', next);
    try {
      localStorage.setItem('theme', next ? 'dark' : 'light');
    } catch {
      // Private browsing can refuse storage; the theme still changes for this page.
    }
  }

  return (
    <button
      type="button"
      onClick={toggle}
      className="rounded-md px-2 py-1 text-sm text-slate-600 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white"
    >
      {dark ? 'Light theme' : 'Dark theme'}
    </button>
  );
}
