import { useEffect, useRef } from 'react';

/**
 * A list rendered at build time outside an island (plain HTML, so the island's props stay small),
 * taken off the page while `shown` is false and put back when it is true again; `undefined`
 * leaves it as it is (the island does not know yet). Its items are moved out rather than hidden,
 * so the page (and a test or tool reading it) holds one list only. The element may start hidden
 * (the page hides it before it is drawn when the address asks for something else): `shown` true
 * brings it out.
 */
export function useServerList(id: string, shown: boolean | undefined): void {
  const held = useRef<DocumentFragment | null>(null);
  useEffect(() => {
    const element = document.getElementById(id);
    if (!element || shown === undefined) return;
    if (!shown && !held.current) {
      const fragment = document.createDocumentFragment();
      fragment.append(...element.childNodes);
      held.current = fragment;
    } else if (shown && held.current) {
      element.append(held.current);
      held.current = null;
    }
    element.hidden = !shown;
  }, [id, shown]);
}
