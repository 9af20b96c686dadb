import { hydrateRoot } from 'react-dom/client';
import { StaticRenderContext } from '../static-render-context';
import type { IslandSpec } from './define-island';

/**
 * The browser half of islands (components/islands/entries/ call it): each `[data-island]` element
 * of the page whose name is in `specs` is hydrated with its component and props, then the page
 * says it is interactive (`<html data-hydrated="true">`, which the browser tests wait for).
 */
export function mountIslands(specs: readonly Pick<IslandSpec<object>, 'name' | 'render'>[]): void {
  const byName = new Map(specs.map((spec) => [spec.name, spec]));
  for (const element of document.querySelectorAll<HTMLElement>('[data-island]')) {
    const spec = byName.get(element.dataset.island ?? '');
    // An island this page's script does not know stays plain HTML: a form or list that works without it.
    if (!spec) continue;
    const props: unknown = JSON.parse(element.dataset.props ?? '{}');
    // Links inside islands are plain links, as in the HTML they take over.
    hydrateRoot(element, <StaticRenderContext.Provider value>{spec.render(props)}</StaticRenderContext.Provider>);
  }
  document.documentElement.dataset.hydrated = 'true';
}
