import { SITE } from '@/lib/site-config';

/** What the tracker is and how it is made (`/about/`). */
export function AboutArticle() {
  return (
    <article className="prose prose-slate max-w-3xl dark:prose-invert">
      <h1>About the tracker</h1>
      <p>
        The {SITE.name} is an open record of facial recognition policy: company announcements and
        sales policies, bills and ordinances, lawsuits and regulators&apos; decisions, research that
        measured the technology&apos;s errors, and the statements of the groups that campaigned for and
        against it. It begins from June 2020, when IBM, Amazon and Microsoft each stepped back from
        selling facial recognition to police, and it reaches back to 2008 and forward to today.
      </p>
      <h2>How entries are made</h2>
      <p>
        Every entry is a text file in the project&apos;s repository, written in plain words and citing at
        least one source, the primary one (the company&apos;s post, the bill, the decision) wherever it
        exists. Each records the date the event was made public, who acted, where it applies and, for
        rules, their status over time. Links between entries say how events relate: a response, an
        extension, an amendment, a challenge.
      </p>
      <h2>Accuracy</h2>
      <p>
        Each entry shows the day it was last checked against its sources. Where a detail could not be
        confirmed, the entry says so rather than guessing. If you find a mistake, please report it or
        correct it through a pull request: a checker reviews every change before it is published.
      </p>
      <h2>How it is built</h2>
      <p>
        The site is generated ahead of time into static pages: there is no server and no tracking. The
        content, the code and the checker are open.
      </p>
    </article>
  );
}
