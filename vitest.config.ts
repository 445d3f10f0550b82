import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Two suites: unit tests of the model in Node, and e2e tests that build the site
 * and drive it in real Chromium. `npm test` runs both; the totals reporter prints
 * the closing "N passed, N failed" line that CI reads.
 */
export default defineConfig({
  test: {
    // Two files at a time: browser tests wait on Chromium and timers more than they use a
    // core, so two workers keep both cores of a CI machine busy. Vitest 5 fell back to one
    // worker for the e2e project without this (files ran strictly one after another).
    maxWorkers: Math.min(4, Math.max(2, availableParallelism())),
    reporters: ['default', './tests/support/totals-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          // PDFs, fonts and PBKDF2 are CPU work; with two files at a time on two cores a test
          // may wait for a core, so the time limit is a guard against hangs, not a benchmark.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
