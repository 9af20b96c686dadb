import type { IslandScriptFiles } from '@/lib/islands/manifest';

/** The script of a page's islands, and the chunks it imports preloaded beside it (no waterfall). */
export function IslandScripts({ files }: { files: IslandScriptFiles }) {
  return (
    <>
      {files.preload.map((href) => (
        <link key={href} rel="modulepreload" href={href} />
      ))}
      {/* A module script never blocks parsing: it runs after the document, like `defer`. */}
      {/* eslint-disable-next-line @next/next/no-sync-scripts */}
      <script type="module" src={files.script} />
    </>
  );
}
