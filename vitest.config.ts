// Two projects: `unit` runs pure logic without a build; `site` builds the real site once
// (with its search index), serves dist/ and checks it with link checks and headless Chromium.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/setup/site.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Browser tests share two cores; one file at a time keeps them from starving each other.
          fileParallelism: false,
        },
      },
    ],
  },
});
