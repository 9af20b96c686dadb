// ESLint: Next.js's own rules (core web vitals) and typescript-eslint's recommended rules, as
// eslint-config-next ships them, over every source file; generated and built folders are ignored.
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import { defineConfig, globalIgnores } from 'eslint/config';

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      // `const { slug, ...rest } = record` keeps the rest; a leading underscore marks a deliberate skip.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Every link to a page of the site goes through SiteLink, the one place that decides how a
    // link prefetches (lib/link-prefetch.ts): a plain next/link would prefetch in the viewport.
    // (reach-link.tsx is SiteLink's client half, which holds Next's Link.)
    files: ['app/**', 'components/**', 'pages/**'],
    ignores: ['components/reach-link.tsx'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'next/link', message: 'Use SiteLink (components/site-link.tsx): it applies the prefetch rule of lib/link-prefetch.ts.' }] }],
    },
  },
  globalIgnores(['.next/**', 'out/**', 'out-subpath/**', '.contentlayer/**', '.bench/**', 'next-env.d.ts', 'next.config.d.mts']),
]);
