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
  globalIgnores(['.next/**', 'out/**', 'out-subpath/**', '.contentlayer/**', '.bench/**', 'next-env.d.ts', 'next.config.d.mts']),
]);
