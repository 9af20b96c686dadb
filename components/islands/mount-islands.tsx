import { hydrateRoot } from 'react-dom/client';
import { StaticRenderContext } from '../static-render-context';
import type { IslandSpec } from './define-island';

/**
 * The browser half of islands (components/islands/entries/ call it): each `[data-island]` element
 * of the page whose name is in `specs` is hydrated with its component and props, then the page
 * says it is interactive (`<html data-hydrated="true">`, which the browser tests wait for).
 * Each island after the first is hydrated in a task of its own (a zero-delay timer), so a page
 * with several islands does not block a slow phone for all of them at once.
 */
export function mountIslands(specs: readonly Pick<IslandSpec<object>, 'name' | 'render'>[]): void {
  const byName = new Map(specs.map((spec) => [spec.name, spec]));
  // An island this page's script does not know stays plain HTML: a form or list that works without it.
  const pending = [...document.querySelectorAll<HTMLElement>('[data-island]')].filter((element) => byName.has(element.dataset.island ?? ''));
  const next = (): void => {
    const element = pending.shift();
    const spec = element && byName.get(element.dataset.island ?? '');
    if (element && spec) {
      const props: unknown = JSON.parse(element.dataset.props ?? '{}');
      // Links inside islands are plain links, as in the HTML they take over.
      hydrateRoot(element, <StaticRenderContext.Provider value>{spec.render(props)}</StaticRenderContext.Provider>);
    }
    if (pending.length > 0) setTimeout(next, 0);
    else document.documentElement.dataset.hydrated = 'true';
  };
  next();
}
