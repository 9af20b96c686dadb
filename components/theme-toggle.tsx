/**
 * A button that switches between light and dark and remembers the choice (the click is handled
 * by lib/enhance/page-enhancements.ts). Its words say what it will do ("Dark theme" in the light
 * theme) and follow the theme through CSS alone, so they are right before any script runs and on
 * pages without React; a hidden word is not part of the button's accessible name. It carries no
 * pressed state, which would read as "Light theme, pressed" in the dark theme.
 */
export function ThemeToggle() {
  return (
    <button
      type="button"
      data-theme-toggle=""
      className="rounded-md px-2 py-1 text-sm text-slate-600 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white"
    >
      <span className="dark:hidden">Dark theme</span>
      <span className="hidden dark:inline">Light theme</span>
    </button>
  );
}
