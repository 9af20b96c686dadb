import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;
const alias = { '@': root };

export default defineConfig({
  resolve: { alias },
  test: {
    // The default reporter for people, and a last line of totals for CI to read.
    reporters: ['default', './tests/support/totals-reporter.ts'],
    projects: [
      // Some unit and content tests run the checker, the scaffold or the content step as a child
      // process; on a busy 2-core machine that takes far longer than vitest's 5-second default.
      { resolve: { alias }, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 60_000 } },
      { resolve: { alias }, test: { name: 'content', include: ['tests/content/**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 60_000 } },
      {
        resolve: { alias },
        // Reads the built site in out/: `npm test` builds it first.
        test: { name: 'site', include: ['tests/site/**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 60_000 },
      },
    ],
  },
});
