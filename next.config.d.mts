// Types for next.config.mjs, so tests can import it under strict TypeScript.
import type { NextConfig } from 'next';

declare const nextConfig: NextConfig;
export default nextConfig;
