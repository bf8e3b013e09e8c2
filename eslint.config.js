import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'dist-ssr', 'node_modules', 'test-results', 'playwright-report', '.stryker-tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'jsx-a11y': jsxA11y, 'react-hooks': reactHooks },
    rules: {
      ...jsxA11y.flatConfigs.strict.rules,
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // A scrolling table is a focusable region so that keyboard users can scroll it (axe: scrollable-region-focusable).
      'jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['region'] }],
    },
  },
  {
    // The app takes the core through two doors: core/light (lists, dates, leave days; no decimal.js, no zod) on
    // the first screen, and the core's index for the engine side, which loads after the page is taken over.
    files: ['src/{ui,widget,embed,hr,prerender,server,i18n}/**/*.{ts,tsx}', 'src/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '(^|/)core/(?!light$).+', message: 'Take the core through core/light (first screen) or the core index (engine side), not its files.' },
            { regex: '(^|/)core$', allowTypeImports: true, message: 'Values of the core index bring decimal.js and zod: import them only on the engine side (engine.ts, prefill.ts, views.ts).' },
          ],
        },
      ],
    },
  },
  {
    // The engine side: the core index is theirs.
    files: ['src/ui/calculator/{engine,prefill,views}.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ regex: '(^|/)core/(?!light$).+', message: 'Take the core through core/light or the core index, not its files.' }] },
      ],
    },
  },
  // Tests may reach into the core (case files, step builders) to check it.
  { files: ['src/**/*.test.{ts,tsx}'], rules: { '@typescript-eslint/no-restricted-imports': 'off' } },
  {
    // The calc core is pure: no React, no i18n, no DOM, no clock, and nothing from the app above it.
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-*', 'i18next', 'react-i18next', '**/ui/**', '**/i18n/**', '**/cli/**'], message: 'src/core stays pure.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'Date', message: 'The core has no clock: dates come in as inputs.' },
        { name: 'window', message: 'The core has no DOM.' },
        { name: 'document', message: 'The core has no DOM.' },
        { name: 'localStorage', message: 'The core has no storage.' },
        { name: 'fetch', message: 'The core makes no requests.' },
      ],
    },
  },
);
