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
  turbopack: { root: path.dirname(fileURLToPath(import.meta.url)) },
  ...(basePath ? { basePath } : {}),
  ...(process.env.OUT_DIR ? { distDir: process.env.OUT_DIR } : {}),
  // No source maps for the server chunks, nor their use while pages are prerendered: at 10,000
  // entries they doubled .next/server and the memory of the build's workers. To read a prerender
  // error's stack against the sources, run `next build --debug-prerender`.
  experimental: { serverSourceMaps: false },
  enablePrerenderSourceMaps: false,
  // Inlined into server and browser code alike, so lib/site-config.ts sees one value everywhere.
  env: { SITE_URL: `${siteUrl.origin}${basePath}` },
};

export default nextConfig;
