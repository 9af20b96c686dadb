import { createElement, type ComponentType, type ReactElement } from 'react';

/**
 * An interactive part of a page built without React's runtime: its name ties the HTML rendered
 * at build time (`<Island>`) to the component that takes it over in the browser (`mountIslands`).
 */
export interface IslandSpec<P extends object> {
  readonly name: string;
  readonly component: ComponentType<P>;
  /** The component with props read back from the page: the same JSON `<Island>` wrote from a `P`. */
  readonly render: (props: unknown) => ReactElement;
}

export function defineIsland<P extends object>(name: string, component: ComponentType<P>): IslandSpec<P> {
  return { name, component, render: (props) => createElement(component, props as P) };
}
