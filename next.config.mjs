import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the site is served, from one setting: SITE_URL (`https://example.org/tracker`). Its path
 * becomes Next's basePath, so the site works under a sub-path (a project page on a static host).
 * lib/site-config.ts reads the same value with the same rules; a unit test holds them together.
 */
const siteUrl = new URL(process.env.SITE_URL?.trim() || 'http://localhost:3000');
const basePath = siteUrl.pathname.replace(/\/+$/, '');

/**
 * Every page is static HTML in out/ (OUT_DIR names another folder, for a second build beside the
 * first). The content step (`npm run content`, scripts/content.ts) runs before `next build` and
 * writes .generated/content.json, which lib/site-data.ts reads from disk while pages are built.
 */
/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  reactStrictMode: true,
  images: { unoptimized: true },
  // The build's first step clears .next/ (but Next's caches) and out/ while the checker and the
  // content step run (scripts/prepare-build.ts, lib/export/clear-outputs.ts); Next's own clean,
  // one file at a time before anything else, took 3 to 8 s of a rebuild at 10,000 entries.
  cleanDistDir: false,
  // Drawn from the code by `npm run build` (scripts/next-build.ts), so that two builds of the same
  // code write the same files, and a build that keeps unchanged pages matches a full one; Next's
  // own random ID otherwise.
  generateBuildId: () => process.env.EXPORT_BUILD_ID || null,
  turbopack: { root: path.dirname(fileURLToPath(import.meta.url)) },
  ...(basePath ? { basePath } : {}),
  ...(process.env.OUT_DIR ? { distDir: process.env.OUT_DIR } : {}),
  // No source maps for the server chunks, nor their use while pages are prerendered: at 10,000
  // entries they doubled .next/server and the memory of the build's workers. To read a prerender
  // error's stack against the sources, run `next build --debug-prerender`.
  experimental: {
    serverSourceMaps: false,
    // Pages are prerendered by workers, by default one fewer than the machine's cores: a single
    // worker on a 2-core machine while the main process waits. At least two keep both cores busy;
    // at 10,000 entries prerendering is most of the build (bench:build).
    cpus: Math.max(2, availableParallelism() - 1),
  },
  // The type check belongs to `npm run typecheck`, which `npm test` runs over every file (tests
  // and scripts too). Next's own pass repeated it inside every build: 18 to 28 s each.
  typescript: { ignoreBuildErrors: true },
  enablePrerenderSourceMaps: false,
  // Inlined into server and browser code alike, so lib/site-config.ts sees one value everywhere.
  env: { SITE_URL: `${siteUrl.origin}${basePath}` },
};

export default nextConfig;
