import { useEffect, useRef } from 'react';

/**
 * A list rendered at build time outside an island (plain HTML, so the island's props stay small),
 * taken off the page while `shown` is false and put back when it is true again. Its items are
 * moved out rather than hidden, so the page (and a test or tool reading it) holds one list only.
 */
export function useServerList(id: string, shown: boolean): void {
  const held = useRef<DocumentFragment | null>(null);
  useEffect(() => {
    const element = document.getElementById(id);
    if (!element) return;
    if (!shown && !held.current) {
      const fragment = document.createDocumentFragment();
      fragment.append(...element.childNodes);
      held.current = fragment;
      element.hidden = true;
    } else if (shown && held.current) {
      element.append(held.current);
      held.current = null;
      element.hidden = false;
    }
  }, [id, shown]);
}
