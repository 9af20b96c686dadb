import type { IslandSpec } from './define-island';

/**
 * Renders an island's component to HTML with its props beside it, for `mountIslands` to take over
 * in the browser. Without JavaScript the HTML is the page: islands render something useful first.
 * The wrapper is `display: contents`, so it changes no layout.
 */
export function Island<P extends object>({ spec, props }: { spec: IslandSpec<P>; props: P }) {
  const Component = spec.component;
  return (
    <div data-island={spec.name} data-props={JSON.stringify(props)} className="contents">
      <Component {...props} />
    </div>
  );
}
