import { defineConfig } from 'vitest/config';

/**
 * `npm run fuzz`: the long loader fuzz (100,000 cases, tests/fuzz/long/), kept out of `npm test`.
 * It runs the built dist/ in a worker, so build first (docs/hardening.md).
 */
export default defineConfig({
  test: {
    include: ['tests/fuzz/long/**/*.test.ts'],
    testTimeout: 6 * 60 * 60 * 1000,
    hookTimeout: 120_000,
  },
});
