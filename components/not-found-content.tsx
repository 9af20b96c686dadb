import { SiteLink } from './site-link';

/** What the 404 page says (pages/not-found.tsx, moved to 404.html by the build's last step). */

export function NotFoundContent() {
  return (
    <section className="max-w-2xl">
      <p className="text-sm font-medium text-slate-500 dark:text-slate-400">404</p>
      <h1 className="mt-1 text-title font-bold tracking-tight">Page not found</h1>
      <p className="mt-4 text-slate-700 dark:text-slate-300">
        There is no page at this address. It may have moved, or the link may be mistyped.
      </p>
      <p className="mt-4">
        <SiteLink href="/" className="text-accent-700 underline dark:text-accent-300">
          Go to the home page
        </SiteLink>
      </p>
    </section>
  );
}
