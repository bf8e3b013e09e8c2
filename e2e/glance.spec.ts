/**
 * The answer at a glance on a phone: one grand total, every monthly amount with the date it starts, the next
 * deadline, a like-for-like comparison, a picture of the year ahead, and a schedule that fits 320–390 px.
 * Figures are checked against the worked examples and the hand sums of src/core/rules/cases/totals.cases.json.
 */
import type { Page } from '@playwright/test';
import { encodeCase } from '../src/ui/calculator/shareLink';
import { formatMoney } from '../src/ui/format';
import { CalculatorPage } from './calculator';
import { calcLocales, expect, test } from './fixtures';

function months(from: number, count: number, amount: string) {
  return Array.from({ length: count }, (_, i) => {
    const x = from + i;
    return { month: `${Math.floor(x / 12)}-${String((x % 12) + 1).padStart(2, '0')}`, amounts: [amount] };
  });
}
/** T1: C1 with its leave (M1). */
const C1 = { version: 1 as const, leaveStart: '2026-03-02', birthDate: '2026-05-11', income: { kind: 'salary' as const, months: months(2024 * 12 + 4, 22, '180000') } };
/** T3: a third child born 2025-12-15 on 50 000 a month. */
const THIRD = { version: 1 as const, birthDate: '2025-12-15', birthOrder: 3, income: { kind: 'salary' as const, months: months(2023 * 12 + 11, 24, '50000') } };
/** T2: twins. */
const TWINS = { ...C1, leaveCase: 'multiple' as const, childrenBorn: 2 };
/** A 2015 birth and leave (cap multiple 10 МЗП, no maternity cap then). */
const Y2015 = { version: 1 as const, leaveStart: '2015-03-02', birthDate: '2015-05-11', income: { kind: 'salary' as const, months: months(2013 * 12 + 4, 22, '120000') } };

// The longest grand total of these: seven digits and tiyn (1 107 154,62 ₸).
const WIDE_2015 = { ...Y2015, birthOrder: 2, income: { kind: 'salary' as const, months: months(2013 * 12 + 4, 22, '150000') } };

const link = (c: object) => `#${encodeCase(c as Parameters<typeof encodeCase>[0], true)}`;

async function noSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}

for (const lang of ['kk', 'ru'] as const) {
  test.describe(`at a glance (${lang})`, () => {
    test('C1 with its leave: the grand total, both amounts with their dates, the next deadline, the picture', async ({ page }) => {
      const calc = new CalculatorPage(page, lang);
      await calc.open(link(C1));
      // 612 360 + 18 × 53 460 + 38 × 4 325 = 1 738 990 (totals.cases.json T1)
      await expect(calc.value('grand-total')).toHaveAttribute('data-value', '1738990.00');
      // Not insured: 164 350 + 8 × 24 912 + 10 × 26 530.56 (2027 at the forecast МРП 4 606) = 628 951.60 (T1)
      await expect(calc.value('insurance-adds')).toHaveAttribute('data-value', '1110038.40');
      const headline = calc.value('childcare-headline');
      await expect(headline).toContainText('53');
      await expect(headline).toContainText(lang === 'kk' ? '2026 ж. 11 мамыр' : '11 мая 2026 г.');
      const payments = calc.value('payment-net');
      await expect(payments).toHaveCount(18);
      for (const v of await payments.evaluateAll((els) => els.map((e) => e.getAttribute('data-value')))) expect(v).toBe('53460.00');
      const picture = calc.value('timeline').getByRole('img');
      // Named by its title, described in a sentence with the dates and amounts (a text alternative).
      await expect(picture).toHaveAccessibleName(new RegExp(`^${calcLocales[lang].timeline.title}.*18.*53`));
      await expect(page.locator('body')).not.toContainText('{{');
    });

    test('a third child on a low salary: the amount rises with the МРП, and says so; insurance adds nothing here', async ({ page }) => {
      const calc = new CalculatorPage(page, lang);
      await calc.open(link(THIRD));
      // 30 866.20 + 12 × 33 951.25 + 5 × 36 157.10 + 149 416 (totals.cases.json T3; 2027 at the forecast МРП 4 606)
      await expect(calc.value('grand-total')).toHaveAttribute('data-value', '768482.70');
      const headline = calc.value('childcare-headline');
      await expect(headline).toContainText('30');
      await expect(headline).toContainText('866,20');
      await expect(headline).toContainText('951,25');
      await expect(headline).toContainText('157,10');
      await expect(headline).toContainText(lang === 'kk' ? 'АЕК' : 'МРП');
      await expect(page.getByText(calcLocales[lang].result.glance.compare_same)).toBeVisible();
      await expect(calc.value('payment-net').nth(1)).toHaveAttribute('data-value', '33951.25');
    });

    test('twins: both children and both birth allowances in the grand total', async ({ page }) => {
      const calc = new CalculatorPage(page, lang);
      await calc.open(link(TWINS));
      await expect(calc.value('grand-total')).toHaveAttribute('data-value', '2933660.00');
      await expect(calc.value('payment-net')).toHaveCount(36);
    });

    test('a 2015 case explains every step without template text', async ({ page }) => {
      const calc = new CalculatorPage(page, lang);
      await calc.open(link(Y2015));
      await expect(calc.value('maternity-net')).toHaveAttribute('data-value', /^\d+\.\d{2}$/);
      await expect(page.locator('.explanation')).not.toContainText('{{');
      await expect(page.locator('.explanation')).not.toContainText('7 ×');
    });

    for (const [width, name, c] of [[320, 'C1', C1], [390, 'C1', C1], [320, 'twins', TWINS], [320, '2015, a total with tiyn', WIDE_2015]] as const) {
      test(`at ${width} px the result fits (${name}): no sideways scroll, the schedule's take-home in view`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        const calc = new CalculatorPage(page, lang);
        await calc.open(link(c));
        await expect(calc.value('grand-total')).toBeVisible();
        // Under the long form, the bar at the bottom shows the grand total at once.
        const grand = (await calc.value('grand-total').getAttribute('data-value'))!;
        await expect(page.locator('.mini-summary')).toContainText(formatMoney(grand, lang));
        // The grand total stays on one line inside its card (a seven-digit total overflowed it at 320 px).
        const total = (await calc.value('grand-total').boundingBox())!;
        const card = (await page.locator('.glance').boundingBox())!;
        expect(total.x + total.width).toBeLessThanOrEqual(card.x + card.width - 8);
        expect(total.height).toBeLessThan(60);
        // The schedule starts folded on a phone, with a line saying what is inside.
        const schedule = page.locator('details.fold').first();
        await expect(schedule).not.toHaveAttribute('open');
        await schedule.locator('summary').click();
        const net = calc.value('payment-net').first();
        await expect(net).toBeVisible();
        const box = (await net.boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(width);
        await noSidewaysScroll(page);
      });
    }
  });
}

test('a link without income says why the amounts are missing, and a past birth opens as "already born"', async ({ page }) => {
  const l = calcLocales.ru;
  const calc = new CalculatorPage(page, 'ru');
  await calc.open(link({ ...C1, income: { kind: 'salary', months: [] } }));
  await expect(page.getByText(l.notices.prefill_no_income)).toBeVisible();
  // 2026-05-11 is before today (the page's clock): the child is born.
  await expect(page.getByRole('radio', { name: l.form.birthStatus.born, exact: true })).toBeChecked();
  await expect(page.getByRole('textbox', { name: l.form.birthDate.born, exact: true })).toHaveValue('11.05.2026');
});

test('a typed amount is shown grouped like its neighbours; the printout closes with the date of the calculation', async ({ page }) => {
  const l = calcLocales.ru;
  const calc = new CalculatorPage(page, 'ru');
  await calc.open();
  await calc.enterC1();
  await calc.setMonth('2025-06', '260000');
  await calc.month('2025-06').press('Tab');
  await expect(calc.month('2025-06')).toHaveValue('260 000');
  await expect(calc.value('maternity-gross')).toHaveAttribute('data-value', /^\d+\.\d{2}$/);
  const dated = page.getByText(l.calculated_on.split('{{')[0].trim());
  await expect(dated).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(dated).toBeVisible();
});

test('the values of the law used are listed with their status and source: the 2026 МРП is law, the 2027 one a forecast', async ({ page }) => {
  const l = calcLocales.ru;
  const calc = new CalculatorPage(page, 'ru');
  await calc.open(link(THIRD));
  const list = page.getByTestId('parameters');
  await list.locator('summary').click();
  const mrp = list.getByTestId('parameter').filter({ hasText: l.params.mrp });
  await expect(mrp.and(page.locator('[data-value="4325"]'))).toHaveAttribute('data-status', 'law');
  // 2027: the Ministry of Labour's forecast (February 2026), until the budget law is out.
  const forecast = mrp.and(page.locator('[data-value="4606"]'));
  await expect(forecast).toHaveAttribute('data-status', 'forecast');
  await expect(forecast).toContainText(l.explain.status.forecast);
  await expect(forecast.getByRole('link')).toHaveAttribute('href', /^https:\/\/www\.lada\.kz\//);
  // A value from the Social Code links to its official text.
  await expect(list.getByTestId('parameter').filter({ hasText: l.params.replacement_coefficient }).getByRole('link')).toHaveAttribute('href', 'https://adilet.zan.kz/rus/docs/K2300000224');
});

test('on a desktop, where the two payment cards are narrow, each amount stays inside its card (twins, both languages)', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const lang of ['kk', 'ru'] as const) {
    const calc = new CalculatorPage(page, lang);
    await calc.open(link(TWINS));
    await expect(calc.value('grand-total')).toBeVisible();
    for (const card of await page.locator('.big-card').all()) {
      const box = (await card.boundingBox())!;
      for (const part of await card.locator('.big, .big > *').all()) {
        const b = (await part.boundingBox())!;
        expect(b.x + b.width, `${lang}: ${await part.textContent()}`).toBeLessThanOrEqual(box.x + box.width - 2);
      }
    }
  }
});
