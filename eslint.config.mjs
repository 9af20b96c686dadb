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
    // Every page is a document without a client-side router (components/static-page.tsx), and
    // components also run in the browser on Preact (components/islands/): no Next client APIs.
    files: ['app/**', 'components/**', 'pages/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [
        { name: 'next/link', message: 'Use SiteLink (components/site-link.tsx): pages are documents, linked with plain links.' },
        { name: 'next/router', message: 'Pages have no client-side router; read window.location in an effect.' },
      ] }],
    },
  },
  globalIgnores(['.next/**', '.generated/**', 'out/**', 'out-subpath/**', '.contentlayer/**', '.bench/**', 'next-env.d.ts', 'next.config.d.mts']),
]);
