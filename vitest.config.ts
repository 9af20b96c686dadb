import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;
const alias = { '@': root };
/** Four child processes of 60 s each (see runScript in tests/support/content-fixture.ts). */
const SCRIPT_TEST_TIMEOUT_MS = 4 * 60_000;

export default defineConfig({
  resolve: { alias },
  test: {
    // The default reporter for people, and a last line of totals for CI to read.
    reporters: ['default', './tests/support/totals-reporter.ts'],
    projects: [
      // Some unit and content tests run the checker, the scaffold or the content step as child
      // processes, up to four in one test, each allowed 60 s (runScript). On a busy 2-core machine
      // one start can take 15 s or more, so a test gets the time of all four: one run at a load of
      // 20 to 25 timed out at 60 s after 66 s of honest work.
      { resolve: { alias }, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: SCRIPT_TEST_TIMEOUT_MS, hookTimeout: 60_000 } },
      { resolve: { alias }, test: { name: 'content', include: ['tests/content/**/*.test.ts'], environment: 'node', testTimeout: SCRIPT_TEST_TIMEOUT_MS, hookTimeout: 60_000 } },
      {
        resolve: { alias },
        // Reads the built site in out/: `npm test` builds it first.
        test: { name: 'site', include: ['tests/site/**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 60_000 },
      },
    ],
  },
});
