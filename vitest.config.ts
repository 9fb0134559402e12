import { defineConfig } from 'vitest/config';

/**
 * Unit and integration tests (real SQLite files, real documents). Date-sensitive suites
 * (`*.tz.test.ts`) run twice: under UTC and under Europe/Helsinki.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'utc',
          include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
          exclude: ['tests/e2e/**', 'node_modules/**'],
          env: { TZ: 'UTC' },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'helsinki',
          include: ['tests/**/*.tz.test.ts'],
          env: { TZ: 'Europe/Helsinki' },
          testTimeout: 30_000,
        },
      },
    ],
  },
});
