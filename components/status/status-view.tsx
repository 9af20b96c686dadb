import type { ReactNode } from 'react';
import { SiteLink } from '../site-link';
import { KindBadge } from '@/components/badges';
import { PolicyMap } from '@/components/map/policy-map';
import { formatDate } from '@/lib/content/dates';
import { measureLabel, scopeLabel } from '@/lib/content/labels';
import type { MapLayout } from '@/lib/map/map-layout';
import { cellKey, groupKey, type StatusDay } from '@/lib/status/status-day';

const link = 'text-accent-700 hover:underline dark:text-accent-300';
const more = 'rounded text-sm font-medium text-accent-700 underline decoration-dotted underline-offset-2 hover:decoration-solid dark:text-accent-300';

/**
 * How a folded list says what it holds. In the build's HTML: words and, for a group, a link to the
 * entity's page, for a reader without JavaScript, and beside them the button, hidden until the
 * page's script shows it in their place (both take one line of the same height, so nothing moves).
 * Drawn in the browser: the button only, which opens the list here (its rules come from the data
 * file) and folds it again. The status page's island handles every fold's click in one listener,
 * by its `data-fold` key, so the button carries no handler of its own.
 */
function Fold({ listKey, hidden, total, open, interactive, noScript }: { listKey: string; hidden: number; total: number; open: boolean; interactive: boolean; noScript: ReactNode }) {
  if (!open && hidden === 0) return null;
  const button = (
    <button type="button" className={`mt-1 block ${more}`} aria-expanded={open} data-fold={listKey} hidden={!interactive}>
      {open ? 'Show fewer' : `Show all ${total}`}
    </button>
  );
  if (interactive) return button;
  return (
    <>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400" data-fold-note={listKey}>
        {noScript}
      </p>
      {button}
    </>
  );
}

type PartProps = { day: StatusDay; open: ReadonlySet<string>; interactive: boolean };

/**
 * Lists below the first screen are laid out only when a reader scrolls near them
 * (`content-visibility: auto`, with a guess at their height until then, and their real height
 * after): the build day's hundred groups otherwise cost the page's first layout, and each redraw,
 * most of their time. They stay in the accessibility tree and in find-in-page.
 */
const LATER = '[content-visibility:auto]';

/** The day's heading, at the top of the page. */
export function StatusHeading({ day }: { day: StatusDay }) {
  return (
    <>
      {/* One text, not four: when another day is drawn over it, the words change in place rather than move. */}
      <h2 className="mt-8 text-heading font-semibold" data-testid="status-heading">
        {`In force on ${formatDate(day.date)}: ${day.count} rule${day.count === 1 ? '' : 's'}`}
      </h2>
      {/* Always there, hidden on a day with rules, so another day drawn over it finds the same elements. */}
      <p className="mt-2" hidden={day.groups.length > 0}>
        No rule in the tracker was in force on that day.
      </p>
    </>
  );
}

/** The day's map, below the heading. */
function StatusMap({ day, layout }: { day: StatusDay; layout: MapLayout }) {
  return (
    <section aria-labelledby="map-heading" className="mt-6" id="map">
      <h3 id="map-heading" className="text-xl font-semibold">Map of the places with rules</h3>
      <p className="mt-1 mb-3 max-w-3xl text-sm text-slate-700 dark:text-slate-300">
        Each place is shaded by the strongest rule of its own in force that day (a state&apos;s law shades the state, not the cities in it). Choose a place for its page.
      </p>
      <PolicyMap layout={layout} days={day.places} date={day.date} />
    </section>
  );
}

/** A group's element: the browser draws another day's groups one element at a time (status-draw.tsx). */
export const GROUP_CLASS = `${LATER} [contain-intrinsic-block-size:auto_12rem]`;

type GroupProps = { group: StatusDay['groups'][number]; open: boolean; interactive: boolean };

/**
 * What a group's `<section>` holds: its name and count, its rules, and its fold, in one element
 * that takes no room, so that drawing another group over it (render-over.ts) claims or drops
 * everything inside, the build's words for a fold included.
 */
export function GroupBody({ group, open, interactive }: GroupProps) {
  return (
    <div className="contents">
      <div className="flex flex-wrap items-baseline gap-x-2">
        <h3 id={`g-${group.slug}`} className="font-semibold">
          <SiteLink href={`/entities/${group.slug}/`} className="hover:underline">
            {group.name}
          </SiteLink>
        </h3>
        <span className="text-sm text-slate-600 dark:text-slate-400" data-testid="group-count">
          {`${group.count} rule${group.count === 1 ? '' : 's'}`}
        </span>
      </div>
      <ul className="mt-2 space-y-2">
        {group.rules.map((rule) => (
          <li key={rule.slug} data-slug={rule.slug}>
            <SiteLink href={`/entries/${rule.slug}/`} className={link}>
              {rule.title}
            </SiteLink>
            <div className="mt-0.5 flex flex-wrap items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
              <KindBadge kind={rule.kind} />
              <span>{rule.line}</span>
            </div>
            {rule.amendments.map((amendment) => (
              <p key={amendment.slug} className="mt-0.5 text-sm text-slate-600 dark:text-slate-400" data-amended-by={amendment.slug}>
                amended {formatDate(amendment.adopted)} by{' '}
                <SiteLink href={`/entries/${amendment.slug}/`} className={link}>
                  {amendment.title}
                </SiteLink>
              </p>
            ))}
          </li>
        ))}
      </ul>
      <Fold
        listKey={groupKey(group.slug)}
        hidden={group.count - group.rules.length}
        total={group.count}
        open={open}
        interactive={interactive}
        noScript={
          <>
            {group.count - group.rules.length} more: see{' '}
            <SiteLink href={`/entities/${group.slug}/`} className={link}>
              {group.name}
            </SiteLink>
          </>
        }
      />
    </div>
  );
}

/** The day's rules by whom they are listed under, each group folded past a few. */
function StatusGroups({ day, open, interactive }: PartProps) {
  return (
    <div className="mt-4 grid gap-6 md:grid-cols-2" data-testid="status-groups">
      {day.groups.map((group) => (
        <section key={group.slug} aria-labelledby={`g-${group.slug}`} data-group={group.slug} className={GROUP_CLASS}>
          <GroupBody group={group} open={open.has(groupKey(group.slug))} interactive={interactive} />
        </section>
      ))}
    </div>
  );
}

/** The sentence above the matrix, which names the day. */
export const matrixIntro = (date: string) => `Rules in force on ${formatDate(date)}, by whom they bind (rows) and what they do (columns).`;

/** The matrix's header row: the measures some rule in force uses. */
export function MatrixHead({ measures }: { measures: StatusDay['measures'] }) {
  return (
    <tr>
      <th scope="col" className="border-b border-slate-300 p-2 text-left dark:border-slate-700">
        Applies to
      </th>
      {measures.map((measure) => (
        <th key={measure} scope="col" className="border-b border-slate-300 p-2 text-left dark:border-slate-700">
          {measureLabel(measure)}
        </th>
      ))}
    </tr>
  );
}

/** One row of the matrix: a scope, and the day's rules binding it for each measure. */
export function MatrixRow({ row, open, interactive }: { row: StatusDay['rows'][number]; open: ReadonlySet<string>; interactive: boolean }) {
  return (
    <tr className="align-top">
      <th scope="row" className="border-b border-slate-200 p-2 text-left font-medium dark:border-slate-800">
        {scopeLabel(row.scope)}
      </th>
      {row.cells.map((cell) => {
        const key = cellKey(row.scope, cell.measure);
        return (
          <td key={cell.measure} className="border-b border-slate-200 p-2 dark:border-slate-800" data-cell={`${row.scope}/${cell.measure}`}>
            <ul className="space-y-1">
              {cell.rules.map((rule) => (
                <li key={rule.slug}>
                  <SiteLink href={`/entries/${rule.slug}/`} className={link} title={rule.title}>
                    {rule.groupName}
                  </SiteLink>
                </li>
              ))}
            </ul>
            <Fold listKey={key} hidden={cell.count - cell.rules.length} total={cell.count} open={open.has(key)} interactive={interactive} noScript={`and ${cell.count - cell.rules.length} more`} />
          </td>
        );
      })}
    </tr>
  );
}

/** The scope × measure matrix of the day's rules, a row to a `<tbody>`, which the browser redraws one at a time. */
function StatusMatrix({ day, open, interactive }: PartProps) {
  return (
    <>
      <h2 className="mt-section text-heading font-semibold" id="matrix">
        Who is bound, and how
      </h2>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300" data-matrix-intro>
        {matrixIntro(day.date)}
      </p>
      <div className={`mt-4 overflow-x-auto ${LATER} [contain-intrinsic-block-size:auto_24rem]`}>
        <table className="min-w-full border-collapse text-sm" aria-labelledby="matrix" data-testid="status-matrix">
          <thead>
            <MatrixHead measures={day.measures} />
          </thead>
          {day.rows.map((row) => (
            <tbody key={row.scope}>
              <MatrixRow row={row} open={open} interactive={interactive} />
            </tbody>
          ))}
        </table>
      </div>
    </>
  );
}

/**
 * The parts of the view, each in an element of its own that takes no room (`display: contents`),
 * which the browser finds to draw another day over (components/status/status-draw.tsx).
 */
const STATUS_PARTS = ['heading', 'map', 'groups', 'matrix'] as const;
type StatusPart = (typeof STATUS_PARTS)[number];

function StatusPartView({ part, day, layout, open, interactive }: PartProps & { part: StatusPart; layout: MapLayout }) {
  if (part === 'heading') return <StatusHeading day={day} />;
  if (part === 'map') return <StatusMap day={day} layout={layout} />;
  if (part === 'groups') return <StatusGroups day={day} open={open} interactive={interactive} />;
  return <StatusMatrix day={day} open={open} interactive={interactive} />;
}

/**
 * The status page's lists for one day (lib/status/status-day.ts): the heading, the map, the
 * groups of rules and the scope × measure matrix. Plain markup from plain data, so the build
 * renders the build day (`interactive` false) and the browser any other day the same way, over
 * the build's elements (components/islands/render-over.ts), a few elements at a time.
 */
export function StatusView({ day, layout, open, interactive }: PartProps & { layout: MapLayout }) {
  return (
    <>
      {STATUS_PARTS.map((part) => (
        <div key={part} className="contents" data-status-part={part}>
          <StatusPartView part={part} day={day} layout={layout} open={open} interactive={interactive} />
        </div>
      ))}
    </>
  );
}
