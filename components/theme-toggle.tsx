'use client';

import { useEffect, useState } from 'react';

/** A button that switches between light and dark and remembers the choice. */
export function ThemeToggle() {
  const [dark, setDark] = useState<boolean | undefined>(undefined);

  useEffect(() => {
    setDark(document.documentElement.classList.contains('dark'));
  }, []);

  function toggle() {
    const next = !document.documentElement.classList.contains('dark');
    document.documentElement.classList.toggle('dark', next);
    try {
      localStorage.setItem('theme', next ? 'dark' : 'light');
    } catch {
      // Private browsing can refuse storage; the theme still changes for this page.
    }
    setDark(next);
  }

  return (
    <button
      type="button"
      onClick={toggle}
      aria-pressed={dark}
      className="rounded-md px-2 py-1 text-sm text-slate-600 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white"
    >
      {dark ? 'Light theme' : 'Dark theme'}
    </button>
  );
}
