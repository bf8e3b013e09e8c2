/**
 * "What if" (issue 12): a copy of the case changed and compared side by side, in both languages.
 * Figures are those of EXAMPLES.md: C1 against C2 (the employer also paid 2026-03…04), M1 with a second employer
 * (hand calculation beside the test), and dates moved (hand calculations in src/core/compare.test.ts).
 */
import kkNext from '../locales/kk/next.json' with { type: 'json' };
import ruNext from '../locales/ru/next.json' with { type: 'json' };
import { months } from '../src/testing/cases';
import { encodeCase } from '../src/ui/calculator/shareLink';
import { CalculatorPage } from './calculator';
import { errorLocales, expect, test } from './fixtures';
import type { Page } from '@playwright/test';

const next = { kk: kkNext, ru: ruNext } as const;
type Input = Parameters<typeof encodeCase>[0];
// EXAMPLES.md C1: salary 180 000 in 2024-05…2026-02, nothing in 2026-03…04, birth 2026-05-11, 1st child.
const C1: Input = { version: 1, birthDate: '2026-05-11', income: { kind: 'salary', months: months('2024-05', '2026-02', '180000') } };
// EXAMPLES.md C2: as C1, and 180 000 in 2026-03…04 as well.
const C2: Input = { ...C1, income: { kind: 'salary', months: months('2024-05', '2026-04', '180000') } };
// EXAMPLES.md M1: salary 180 000 in 2025-03…2026-02, leave 2026-03-02, normal birth.
const M1: Input = { version: 1, leaveStart: '2026-03-02', leaveCase: 'normal', income: { kind: 'salary', months: months('2025-03', '2026-02', '180000') } };

const compareLink = (a: Input, b: Input) => `#${encodeCase(a, true)}&compare=${encodeCase(b, true).slice('case='.length)}`;
const value = (page: Page, id: string) => page.getByTestId(id);

for (const lang of ['kk', 'ru'] as const) {
  const w = next[lang].whatif;

  test(`a comparison link opens both cases side by side: C1 against C2 (${lang})`, async ({ page, axe }) => {
    const calc = new CalculatorPage(page, lang);
    await calc.open(compareLink(C1, C2));
    await expect(calc.value('childcare-monthly-net')).toHaveAttribute('data-value', '53460.00');
    const section = page.getByTestId('what-if');
    await expect(section.getByRole('heading', { name: w.title, level: 3 })).toBeVisible();
    // EXAMPLES.md C1 and C2: 53 460 → 58 320 a month; 962 280 → 1 049 760 in all.
    await expect(value(page, 'compare-childcare_monthly_net-a')).toHaveAttribute('data-value', '53460.00');
    await expect(value(page, 'compare-childcare_monthly_net-b')).toHaveAttribute('data-value', '58320.00');
    await expect(value(page, 'compare-childcare_monthly_net-diff')).toHaveAttribute('data-value', '4860.00');
    await expect(value(page, 'compare-childcare_total_net-a')).toHaveAttribute('data-value', '962280.00');
    await expect(value(page, 'compare-childcare_total_net-b')).toHaveAttribute('data-value', '1049760.00');
    // With the birth allowance 38 МРП × 4 325 = 164 350 on both sides: 1 126 630 → 1 214 110.
    await expect(value(page, 'compare-grand_total-a')).toHaveAttribute('data-value', '1126630.00');
    await expect(value(page, 'compare-grand_total-b')).toHaveAttribute('data-value', '1214110.00');
    await expect(value(page, 'compare-grand_total-diff')).toHaveAttribute('data-value', '87480.00');
    // The deadline does not move: 18 months from the birth (art. 84 p.5).
    await expect(value(page, 'compare-childcare_deadline-a')).toHaveAttribute('data-value', '2027-11-11');
    await expect(value(page, 'compare-childcare_deadline-diff')).toHaveAttribute('data-value', '0');
    // Why: two months of the window now have income; the average 148 500 → 162 000.
    const reasons = page.getByTestId('compare-reasons').locator('li');
    await expect(reasons).toHaveCount(2);
    await expect(reasons.nth(0)).toHaveAttribute('data-code', 'income_changed');
    await expect(reasons.nth(1)).toHaveAttribute('data-code', 'average');
    await expect(reasons.nth(1)).toContainText(lang === 'ru' ? '148 500' : '148 500');
    await expect(page.getByTestId('compare-headline')).toContainText('87');
    await expect(section.getByText(w.honest)).toBeVisible();
    // The address forgets the link; a reload keeps the comparison.
    await expect(page).not.toHaveURL(/compare=/);
    await page.reload();
    await expect(value(page, 'compare-childcare_monthly_net-b')).toHaveAttribute('data-value', '58320.00');
    await axe(page);
  });

  test(`a second employer, typed into the copy: M1 612 360 → 1 224 720 (${lang})`, async ({ page, axe }) => {
    const calc = new CalculatorPage(page, lang);
    await calc.open(`#${encodeCase(M1, true)}`);
    await expect(calc.value('maternity-net')).toHaveAttribute('data-value', '612360.00');
    // By keyboard: the door, then the second employer's month and amount.
    await page.getByTestId('whatif-open').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: w.title, level: 3 })).toBeFocused();
    await expect(page.getByTestId('compare-changes')).toContainText(w.no_changes);
    await page.getByTestId('whatif-second-from').selectOption('2025-03');
    await page.getByLabel(w.amount_salary).nth(1).fill('180 000');
    await page.getByLabel(w.amount_salary).nth(1).press('Enter');
    // Hand: two payers' bases 2 × 162 000 = 324 000; gross 324 000 × 126 ÷ 30 = 1 360 800; ОПВ 136 080; net 1 224 720.
    await expect(value(page, 'compare-maternity_net-a')).toHaveAttribute('data-value', '612360.00');
    await expect(value(page, 'compare-maternity_net-b')).toHaveAttribute('data-value', '1224720.00');
    await expect(value(page, 'compare-maternity_net-diff')).toHaveAttribute('data-value', '612360.00');
    await expect(page.getByTestId('compare-changes')).toContainText('1 → 2');
    // The current result is unchanged: the scenario is a copy.
    await expect(calc.value('maternity-net')).toHaveAttribute('data-value', '612360.00');
    // The comparison's own link carries both cases (income when asked for) and opens the same comparison.
    await page.getByTestId('whatif-link-income').check();
    const link = await page.getByTestId('whatif-link').inputValue();
    expect(link).toMatch(/#case=[\w-]+&compare=[\w-]+$/);
    const other = await page.context().newPage();
    await other.goto(link.replace(/^https?:\/\/[^/]+/, ''));
    await expect(other.getByTestId('compare-maternity_net-b')).toHaveAttribute('data-value', '1224720.00');
    await other.close();
    await axe(page);
  });

  test(`the leave a month later, the birth a month later, the payer kind (${lang})`, async ({ page }) => {
    const calc = new CalculatorPage(page, lang);
    await calc.open(`#${encodeCase({ ...M1, birthDate: '2026-05-11', income: { kind: 'salary', months: months('2024-05', '2026-02', '180000') } }, true)}`);
    await page.getByTestId('whatif-open').click();
    // The leave on 01.04.2026 (typed as people type it): 2026-03 enters the window with no income, 2025-03 leaves.
    // Hand (compare.test.ts): 11 × 162 000 ÷ 12 = 148 500; × 126 ÷ 30 = 623 700; net 561 330; the deadline 30 days later.
    await page.getByTestId('whatif-leaveStart').fill('1.4.2026');
    await expect(value(page, 'compare-maternity_net-b')).toHaveAttribute('data-value', '561330.00');
    await expect(value(page, 'compare-maternity_deadline-b')).toHaveAttribute('data-value', '2027-04-01');
    await expect(value(page, 'compare-maternity_deadline-diff')).toHaveAttribute('data-value', '30');
    await expect(page.getByTestId('compare-reasons').locator('li[data-code="window_moved"]')).toHaveCount(1);
    // The birth on 11.06.2026: window 2024-06…2026-05, 21 months with income: 3 402 000 ÷ 24 = 141 750;
    // 40 % = 56 700; net 51 030 (compare.test.ts).
    await page.getByTestId('whatif-birthDate').fill('11.06.2026');
    await expect(value(page, 'compare-childcare_monthly_net-b')).toHaveAttribute('data-value', '51030.00');
    await expect(value(page, 'compare-childcare_deadline-b')).toHaveAttribute('data-value', '2027-12-11');
    // A bad date is said in the page's language and changes nothing.
    await page.getByTestId('whatif-birthDate').fill('31.02.2026');
    await page.getByTestId('whatif-birthDate').blur();
    await expect(page.getByText(errorLocales[lang].date.impossible)).toBeVisible();
    await expect(value(page, 'compare-childcare_monthly_net-b')).toHaveAttribute('data-value', '51030.00');
    // Back to the copy of the case; then an entrepreneur's declared income counts whole: M1 612 360 → 680 400.
    await page.getByTestId('whatif-reset').click();
    await expect(page.getByTestId('compare-changes')).toContainText(w.no_changes);
    await page.getByTestId('whatif-payer').selectOption('entrepreneur');
    await expect(value(page, 'compare-maternity_net-b')).toHaveAttribute('data-value', '680400.00');
    await expect(page.getByTestId('compare-reasons').locator('li').first()).toHaveAttribute('data-code', 'payer');
  });

  test(`a complicated birth and twins: EXAMPLES.md M2 and C4 (${lang})`, async ({ page }) => {
    const calc = new CalculatorPage(page, lang);
    await calc.open(`#${encodeCase({ ...C2, leaveStart: '2026-03-02' }, true)}`);
    await page.getByTestId('whatif-open').click();
    // M2: 140 days instead of 126: 162 000 × 140 ÷ 30 = 756 000, net 680 400 (M1: 612 360).
    await page.getByTestId('whatif-leaveCase').selectOption('complicated');
    await expect(value(page, 'compare-maternity_net-a')).toHaveAttribute('data-value', '612360.00');
    await expect(value(page, 'compare-maternity_net-b')).toHaveAttribute('data-value', '680400.00');
    await expect(page.getByTestId('compare-reasons').locator('li[data-code="days"]')).toHaveCount(1);
    // C4: twins, 58 320 for each child; 2 × 18 × 58 320 = 2 099 520 (C2: 1 049 760).
    await page.getByTestId('whatif-childrenBorn').selectOption('2');
    await expect(value(page, 'compare-childcare_total_net-a')).toHaveAttribute('data-value', '1049760.00');
    await expect(value(page, 'compare-childcare_total_net-b')).toHaveAttribute('data-value', '2099520.00');
    await expect(page.getByTestId('compare-reasons').locator('li[data-code="children"]')).toHaveCount(1);
  });

  test(`a raise from a month, at 390 px, printed and copied as text (${lang})`, async ({ page, context, axe }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.setViewportSize({ width: 390, height: 844 });
    const calc = new CalculatorPage(page, lang);
    await calc.open(`#${encodeCase(C1, true)}`);
    await page.getByTestId('whatif-open').click();
    // C1 with 180 000 from 2026-03 is C2: 58 320 a month.
    await page.getByTestId('whatif-raise-from').selectOption('2026-03');
    await page.getByTestId('whatif-raise-amount').fill('180000');
    await page.getByTestId('whatif-raise-apply').click();
    await expect(value(page, 'compare-childcare_monthly_net-b')).toHaveAttribute('data-value', '58320.00');
    // Nothing runs off the side of a phone.
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]);
    const table = await page.getByTestId('compare-table').boundingBox();
    expect(table!.width).toBeLessThanOrEqual(390);
    await axe(page);
    // Copied as text: the figures, the reasons, the honest framing and the link.
    await page.getByTestId('whatif-copy').click();
    await expect(page.getByTestId('what-if').getByRole('status')).toHaveText(w.copied);
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toContain(w.text_heading);
    expect(text).toContain(w.honest);
    expect(text).toMatch(/53\s460/);
    expect(text).toMatch(/58\s320/);
    expect(text).toContain('&compare=');
    // Printed alone: the form and the rest of the result step aside, the comparison stays.
    await page.evaluate(() => (document.documentElement.dataset.printing = 'whatif'));
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByTestId('compare-table')).toBeVisible();
    await expect(page.locator('.calc-form')).toBeHidden();
    await expect(page.locator('.glance')).toBeHidden();
    await expect(page.getByTestId('whatif-raise-apply')).toBeHidden();
    // The printout keeps the disclaimer and the date of the calculation.
    await expect(page.locator('.disclaimer')).toBeVisible();
  });
}

test('closing keeps the scenario for the same case; a broken comparison link says so', async ({ page }) => {
  const calc = new CalculatorPage(page, 'ru');
  await calc.open(compareLink(C1, C2));
  await expect(page.getByTestId('compare-childcare_monthly_net-b')).toHaveAttribute('data-value', '58320.00');
  await page.getByTestId('whatif-close').click();
  await expect(page.getByTestId('whatif-open')).toBeFocused();
  await page.getByTestId('whatif-open').click();
  await expect(page.getByTestId('compare-childcare_monthly_net-b')).toHaveAttribute('data-value', '58320.00');
  await page.goto(`/?lang=ru#${encodeCase(C1, true)}&compare=not-a-case`);
  await expect(page.getByText(ruNext.whatif.link_broken)).toBeVisible();
  await expect(page.getByTestId('compare-changes')).toContainText(ruNext.whatif.no_changes);
});

test('by keyboard alone: open, change, apply, close (ru)', async ({ page }) => {
  const w = ruNext.whatif;
  const calc = new CalculatorPage(page, 'ru');
  await calc.open(`#${encodeCase(M1, true)}`);
  await page.getByTestId('whatif-open').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: w.title, level: 3 })).toBeFocused();
  // The comparison's file arrives while the focus waits on its heading.
  await expect(page.getByTestId('whatif-leaveStart')).toBeVisible();
  await expect(page.getByRole('heading', { name: w.title, level: 3 })).toBeFocused();
  // The fields in reading order: leave start, birth date, payer kind, leave case, children, then the raise's month
  // and amount.
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('whatif-leaveStart')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('whatif-birthDate')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('whatif-payer')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('whatif-leaveCase')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('whatif-childrenBorn')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('whatif-raise-from')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('whatif-raise-amount')).toBeFocused();
  // A raise to 200 000 in the last two months of M1's window (2026-01…02), Enter to apply.
  // Hand: (10 × 162 000 + 2 × 180 000) ÷ 12 = 165 000; × 126 ÷ 30 = 693 000; ОПВ 69 300; net 623 700.
  await page.getByTestId('whatif-raise-from').selectOption('2026-01');
  await page.getByTestId('whatif-raise-amount').focus();
  await page.keyboard.type('200 000');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('compare-maternity_net-b')).toHaveAttribute('data-value', '623700.00');
  await expect(page.getByTestId('what-if').getByRole('status')).toContainText(w.applied_raise.split(':')[0]);
  await page.getByTestId('whatif-close').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('whatif-open')).toBeFocused();
});

test.describe('found in a hostile-input session', () => {
  test('a refused date typed key by key leaves no half-typed date in the variant, and the field says why', async ({ page }) => {
    const calc = new CalculatorPage(page, 'ru');
    await calc.open(`#${encodeCase(M1, true)}`);
    await page.getByTestId('whatif-open').click();
    const leave = page.getByTestId('whatif-leaveStart');
    await leave.fill('');
    // On the way to 01.01.2007, «01.01.20» is a date (2020): it must not be taken.
    await leave.pressSequentially('01.01.2007');
    await expect(leave).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText(errorLocales.ru.date.before_coverage)).toBeVisible();
    await leave.blur();
    // The variant keeps the date it had before: nothing changed.
    await expect(page.getByTestId('compare-leave_start-b')).toHaveAttribute('data-value', '2026-03-02');
    await expect(page.getByTestId('compare-changes')).toContainText(ruNext.whatif.no_changes);
  });

  test('after a change is applied, its emptied amount field shows no error', async ({ page }) => {
    const calc = new CalculatorPage(page, 'ru');
    await calc.open(`#${encodeCase(M1, true)}`);
    await page.getByTestId('whatif-open').click();
    await page.getByTestId('whatif-raise-amount').fill('180 000');
    await page.getByTestId('whatif-raise-apply').click();
    await expect(page.getByTestId('what-if').getByRole('status')).not.toBeEmpty();
    await expect(page.getByTestId('whatif-raise-amount')).not.toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText(errorLocales.ru.required)).toHaveCount(0);
  });

  test('a comparison whose case could not be read is not kept for the next case', async ({ page }) => {
    await page.goto(`/?lang=ru#case=zzz&compare=${encodeCase(C2, true).slice('case='.length)}`);
    await page.locator('.calculator[data-ready="true"]').waitFor();
    await page.goto(`/?lang=ru#${encodeCase(M1, true)}`);
    await expect(page.getByTestId('maternity-net')).toHaveAttribute('data-value', '612360.00');
    await expect(page.getByTestId('whatif-open')).toBeVisible();
    await expect(page.getByTestId('compare-table')).toHaveCount(0);
  });

  test('removing an employer: the button names which, and the focus stays in the section', async ({ page }) => {
    const calc = new CalculatorPage(page, 'ru');
    await calc.open(`#${encodeCase(M1, true)}`);
    await page.getByTestId('whatif-open').click();
    await page.getByTestId('whatif-second-amount').fill('100000');
    await page.getByTestId('whatif-second-apply').click();
    const remove = page.getByTestId('whatif-remove-payer-2');
    await expect(remove).toHaveAccessibleName(/2/);
    await remove.click();
    await expect(page.getByTestId('whatif-second-amount')).toBeFocused();
  });

  test('an employer added at 0 is refused: it would change nothing', async ({ page }) => {
    const calc = new CalculatorPage(page, 'ru');
    await calc.open(`#${encodeCase(M1, true)}`);
    await page.getByTestId('whatif-open').click();
    await page.getByTestId('whatif-second-amount').fill('0');
    await page.getByTestId('whatif-second-apply').click();
    await expect(page.getByText(ruNext.whatif.zero_employer)).toBeVisible();
    await expect(page.getByTestId('compare-changes')).toContainText(ruNext.whatif.no_changes);
  });

  test('the link\'s income choice is kept across a reload', async ({ page }) => {
    const calc = new CalculatorPage(page, 'ru');
    await calc.open(`#${encodeCase(M1, true)}`);
    await page.getByTestId('whatif-open').click();
    await page.getByTestId('whatif-link-income').check();
    await page.reload();
    await expect(page.getByTestId('whatif-link-income')).toBeChecked();
  });
});
