import { defineConfig } from 'vitest/config';

/**
 * Two suites: unit tests of the model in Node, and e2e tests that build the site
 * and drive it in real Chromium. `npm test` runs both; the totals reporter prints
 * the closing "N passed, N failed" line that CI reads.
 */
export default defineConfig({
  test: {
    reporters: ['default', './tests/support/totals-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
