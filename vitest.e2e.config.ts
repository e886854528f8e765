import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in real Chromium (playwright-core, the system browser).
// One file at a time: each launches its own browser and two cores are all a CI machine has.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
