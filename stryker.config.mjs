// @ts-check
/**
 * Mutation testing of the calc core (`npm run mutate`). Not part of `npm test`: a run takes tens of minutes.
 * The reports go to reports/mutation/ (git-ignored); the sandbox is .stryker-tmp/ (git-ignored).
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts' },
  mutate: [
    'src/core/rules/**/*.ts',
    'src/core/money.ts',
    'src/core/params/lookup.ts',
    '!src/core/**/*.test.ts',
    '!src/core/rules/cases/**',
  ],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  // The property tests (fast-check) take seconds each; a mutant that loops forever is stopped after this.
  timeoutMS: 15000,
  timeoutFactor: 2,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
