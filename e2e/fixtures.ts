/** One `test` for every browser test: pages by role and label, and an accessibility check with axe. */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import kkCommon from '../locales/kk/common.json' with { type: 'json' };
import ruCommon from '../locales/ru/common.json' with { type: 'json' };
import kkCalc from '../locales/kk/calc.json' with { type: 'json' };
import ruCalc from '../locales/ru/calc.json' with { type: 'json' };
import kkErrors from '../locales/kk/errors.json' with { type: 'json' };
import ruErrors from '../locales/ru/errors.json' with { type: 'json' };

export const locales = { kk: kkCommon, ru: ruCommon } as const;
export const calcLocales = { kk: kkCalc, ru: ruCalc } as const;
export const errorLocales = { kk: kkErrors, ru: ruErrors } as const;
export type Lang = keyof typeof locales;

export const test = base.extend<{ axe: (page: Page) => Promise<void> }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies as a destructured object
  axe: async ({}, use) => {
    await use(async (page: Page) => {
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  },
});

export { expect };
