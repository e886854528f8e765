import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: lib/, components/ and cli/ in Node (happy-dom where a test asks for it), with WXT's
// fake browser APIs available.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['{lib,components,cli,tests}/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
    testTimeout: 20_000,
  },
});
