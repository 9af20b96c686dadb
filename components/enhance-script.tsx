import { enhancePage } from '@/lib/enhance/page-enhancements';

/**
 * The inline script that wires the theme button, copy buttons and search shortcuts. It goes at
 * the end of `<body>`, after the elements it looks for. `markInteractive` is for pages without
 * React, which are ready as soon as this has run.
 */
export function EnhanceScript({ markInteractive = false }: { markInteractive?: boolean }) {
  return <script dangerouslySetInnerHTML={{ __html: `(${enhancePage.toString()})(${String(markInteractive)})` }} />;
}
