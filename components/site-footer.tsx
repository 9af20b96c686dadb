import { SiteLink } from './site-link';
import { SITE, withBasePath } from '@/lib/site-config';

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-slate-200 dark:border-slate-800">
      <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-slate-500 dark:text-slate-400">
        <p>
          {SITE.name}: every entry cites its sources. Found a mistake or a missing event?{' '}
          <SiteLink href="/about/" className="underline hover:text-slate-900 dark:hover:text-white">
            Read how to contribute
          </SiteLink>
          .
        </p>
        <p className="mt-2">
          <SiteLink href="/data/" className="underline hover:text-slate-900 dark:hover:text-white">
            Open data (CC BY 4.0)
          </SiteLink>
          {' · '}
          <SiteLink href="/coverage/" className="underline hover:text-slate-900 dark:hover:text-white">
            How complete the record is
          </SiteLink>
          {' · '}
          <a href={withBasePath('/feed.xml')} className="underline hover:text-slate-900 dark:hover:text-white">
            Atom feed
          </a>
        </p>
      </div>
    </footer>
  );
}
