/**
 * Vitest for mutation testing (stryker.config.mjs): only the calc core's tests. The core is pure TypeScript
 * (no React, no DOM), so no plugins are needed; the UI's tests never exercise the mutated files' rules directly.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/core/**/*.test.ts'],
    environment: 'node',
    // Stryker instruments the code and runs two workers beside other jobs: the property tests need more than 5 s.
    testTimeout: 60_000,
  },
});
