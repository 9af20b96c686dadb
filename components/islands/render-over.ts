import { render, type ComponentChild } from 'preact';
import type { ReactElement } from 'react';

/**
 * Draws `content` into `container` in the browser, over the HTML already there: the first time,
 * Preact reuses the build's elements in place and changes only the attributes and text that
 * differ (React's `createRoot` would empty the container and build it all again, so the text a
 * reader sees would be new paint and the page would shift); later calls diff against the last.
 * For parts of a page an island redraws outside its own element, such as the status page's day.
 * The first time, `content` must render the same top-level elements as the container holds (one
 * element wrapping the rest will do): Preact drops unclaimed elements inside the elements it
 * keeps, but not at the top of the container.
 */
export function renderOver(content: ReactElement, container: Element): void {
  // The islands' bundle swaps React for preact/compat, so `content` is a Preact vnode: only its type is React's.
  render(content as unknown as ComponentChild, container);
}
