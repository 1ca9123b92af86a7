import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // Builds dist/ for the tests that run bin/speechkit.js as a child process (test/kill, permissions).
    globalSetup: ['test/helpers/build-cli.ts'],
    setupFiles: ['test/helpers/fast-check-seed.ts'],
  },
});
