import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/fuzz/long/**', 'node_modules/**'],
    globalSetup: ['tests/helpers/bundlePages.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
