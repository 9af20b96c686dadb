import { createContext } from 'react';

/**
 * True while a page is rendered to HTML for the Pages Router without React's runtime
 * (components/static-page.tsx) or taken over by an island (components/islands/): there is no
 * client-side router there, so every link is a plain link.
 */
export const StaticRenderContext = createContext(false);
