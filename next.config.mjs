import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Every page is static HTML in out/. The content layer runs as its own step before `next build`
 * (see package.json): its Next plugin does not run under Turbopack, Next 16's default bundler.
 */
/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  reactStrictMode: true,
  images: { unoptimized: true },
  turbopack: { root: path.dirname(fileURLToPath(import.meta.url)) },
};

export default nextConfig;
