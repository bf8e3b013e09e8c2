/** The citizen calculator's flows, in both languages: paste, persistence, links, bad input, keyboard, axe. */
import { CalculatorPage } from './calculator';
import { calcLocales, errorLocales, expect, test, type Lang } from './fixtures';

/** C1 of EXAMPLES.md, entered and its figures checked. */
async function enterAndCheckC1(calc: CalculatorPage) {
  await calc.enterC1();
  await expect(calc.value('maternity-net')).toHaveAttribute('data-value', '612360.00');
  await expect(calc.value('childcare-monthly-net')).toHaveAttribute('data-value', '53460.00');
}

function message(lang: Lang, code: string): string {
  const [group, key] = code.split('.');
  const table = errorLocales[lang] as unknown as Record<string, Record<string, string> | string>;
  const v = key ? (table[group] as Record<string, string>)[key] : table[group];
  return v as string;
}

for (const lang of ['kk', 'ru'] as const) {
  test.describe(`calculator flows (${lang})`, () => {
    test('a column pasted from a spreadsheet fills the months downwards', async ({ page }) => {
      const calc = new CalculatorPage(page, lang);
      await calc.open();
      await calc.birthDate('11.05.2026');
      await calc.leaveStart('02.03.2026');
      const first = calc.month('2025-03');
      await first.focus();
      // A column copied from a spreadsheet: grouped thousands, a decimal comma, the tenge sign, CRLF lines.
      await first.evaluate((el) => {
        const data = new DataTransfer();
        data.setData('text/plain', '250 000\r\n250000,50\r\n250 000 ₸\r\n260\u00a0000\r\n');
        el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      });
      await expect(calc.month('2025-03')).toHaveValue('250 000');
      await expect(calc.month('2025-04')).toHaveValue('250000,50');
      await expect(calc.month('2025-05')).toHaveValue('250 000 ₸');
      await expect(calc.month('2025-06')).toHaveValue('260\u00a0000');
      await expect(calc.month('2025-07')).toHaveValue('');
      // 3 × 225 000 + 225 000.45 = 900 000.45 of base in the 12-month window; ÷ 12 × 126 ÷ 30 = 315 000.1575…
      // (225 000 = 250 000 − 10 % ОПВ; 225 000.45 = 250 000.50 − 10 %; 234 000 = 260 000 − 10 %)
      // sum = 225 000 + 225 000.45 + 225 000 + 234 000 = 909 000.45; ÷ 12 = 75 750.0375; × 126 ÷ 30 = 318 150.1575 → 318 150.16
      await expect(calc.value('maternity-gross')).toHaveAttribute('data-value', '318150.16');
    });

    test('reload, the back button and a language switch keep every value', async ({ page }) => {
      const calc = new CalculatorPage(page, lang);
      await calc.open();
      await calc.payer('entrepreneur');
      await calc.leaveCase('complicated');
      await calc.enterC1(); // (the payer was chosen before: the page object labels the income columns by it)
      await calc.setMonth('2025-06', '123 456');
      await calc.childrenBorn(2);
      await page.reload();
      await expectKept(calc);

      await page.goto('about:blank');
      await page.goBack();
      await expectKept(calc);

      const other: Lang = lang === 'kk' ? 'ru' : 'kk';
      await page.getByRole('link', { name: other === 'kk' ? 'Қазақша' : 'Русский' }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', other);
      const switched = new CalculatorPage(page, other);
      await switched.payer('entrepreneur');
      await expectKept(switched);
    });

    test('a share link restores the case and recomputes; income only when asked for', async ({ page, browser }) => {
      const calc = new CalculatorPage(page, lang);
      await calc.open();
      await enterAndCheckC1(calc);
      const l = calcLocales[lang];
      const link = page.getByLabel(l.actions.link_label);
      const withoutIncome = await link.inputValue();
      await page.getByLabel(l.actions.include_income).check();
      const withIncome = await link.inputValue();
      expect(withoutIncome).toContain('#case=');
      expect(withIncome.length).toBeGreaterThan(withoutIncome.length);

      // A fresh browser (no saved data) opens the link with income: the same figures.
      const fresh = await browser.newContext();
      const other = await fresh.newPage();
      await other.goto(withIncome);
      await expect(other.getByTestId('maternity-net')).toHaveAttribute('data-value', '612360.00');
      await expect(other.getByTestId('childcare-total-net')).toHaveAttribute('data-value', '962280.00');
      await expect(other.getByText(l.notices.prefill_loaded)).toBeVisible();
      // The link without income carries the dates but no amounts: nothing to pay from.
      const fresh2 = await browser.newContext();
      const third = await fresh2.newPage();
      await third.goto(withoutIncome);
      // (A birth date before today opens as "already born": the label says so.)
      await expect(third.getByRole('textbox', { name: l.form.birthDate.born })).toHaveValue('11.05.2026');
      await expect(third.getByText(l.notices.prefill_no_income)).toBeVisible();
      await expect(third.getByText(l.result.maternity.ineligible)).toBeVisible();
      await fresh.close();
      await fresh2.close();
    });

    test('a broken link is refused with a notice and changes nothing', async ({ page }) => {
      const calc = new CalculatorPage(page, lang);
      await calc.open();
      await enterAndCheckC1(calc);
      await page.goto(`/?lang=${lang}#case=not-base64!!`);
      await expect(page.getByText(calcLocales[lang].notices.prefill_invalid)).toBeVisible();
      await expect(calc.value('maternity-net')).toHaveAttribute('data-value', '612360.00');
    });

    test('bad input gets a clear message next to the field and every other value stays', async ({ page }) => {
      test.slow(); // some twenty inputs, each with its message checked: 20–30 s on this 2-core machine under load
      const calc = new CalculatorPage(page, lang);
      await calc.open();
      await enterAndCheckC1(calc);
      const bad: [string, () => ReturnType<CalculatorPage['month']>, string, string][] = [
        ['birth date: letters', () => calc.birthDateInput(), 'abc', 'date.format'],
        ['birth date: 31 February', () => calc.birthDateInput(), '31.02.2026', 'date.impossible'],
        ['birth date: 29 February of a common year', () => calc.birthDateInput(), '29.02.2026', 'date.impossible'],
        ['birth date: before 2008', () => calc.birthDateInput(), '31.12.2007', 'date.before_coverage'],
        ['birth date: year 1900', () => calc.birthDateInput(), '01.01.1900', 'date.before_coverage'],
        ['birth date: year 2100', () => calc.birthDateInput(), '01.01.2100', 'date.too_late'],
        ['birth date: script', () => calc.birthDateInput(), '<script>alert(1)</script>', 'date.format'],
        ['birth date: month 13', () => calc.birthDateInput(), '01.13.2026', 'date.impossible'],
        ['leave start: day 32', () => calc.leaveStartInput(), '32.01.2026', 'date.impossible'],
        ['leave start: before 2008', () => calc.leaveStartInput(), '15.06.2005', 'date.before_coverage'],
        ['leave start: half a date', () => calc.leaveStartInput(), '02.03', 'date.format'],
        ['amount: letters', () => calc.month('2025-05'), 'abc', 'amount.format'],
        ['amount: negative', () => calc.month('2025-05'), '-5', 'amount.negative'],
        ['amount: minus sign', () => calc.month('2025-05'), '−180 000', 'amount.negative'],
        ['amount: 1e309', () => calc.month('2025-05'), '1e309', 'amount.format'],
        ['amount: huge', () => calc.month('2025-05'), '99999999999999', 'amount.too_large'],
        ['amount: three decimals', () => calc.month('2025-05'), '180000,1234', 'amount.precision'],
        ['amount: bad grouping', () => calc.month('2025-05'), '12,34,567', 'amount.format'],
        ['amount: script', () => calc.month('2025-05'), '<img src=x onerror=alert(1)>', 'amount.format'],
        ['amount: two numbers', () => calc.month('2025-05'), '100 200 300 abc', 'amount.format'],
        ['amount: in a leave month', () => calc.month('2026-03'), '12a', 'amount.format'],
      ];
      expect(bad.length).toBeGreaterThanOrEqual(20);
      let dialogs = 0;
      page.on('dialog', (d) => {
        dialogs++;
        void d.dismiss();
      });
      for (const [what, field, text, code] of bad) {
        const input = field();
        const before = await input.inputValue();
        await input.fill(text);
        await expect(input, what).toHaveAttribute('aria-invalid', 'true');
        await expect(input, what).toHaveAccessibleDescription(new RegExp(escape(message(lang, code))));
        // Every other value is intact.
        if (what.startsWith('amount')) await expect(calc.birthDateInput()).toHaveValue('11.05.2026');
        else await expect(calc.month('2025-04')).toHaveValue('180 000');
        await input.fill(before);
        await expect(input, `${what}: corrected`).not.toHaveAttribute('aria-invalid', 'true');
      }
      expect(dialogs, 'no script ran').toBe(0);
      await expect(calc.value('maternity-net')).toHaveAttribute('data-value', '612360.00');
    });

    test('the form can be completed with the keyboard alone', async ({ page }) => {
      const calc = new CalculatorPage(page, lang);
      await calc.open();
      const tabTo = async (target: ReturnType<CalculatorPage['month']>) => {
        for (let i = 0; i < 120; i++) {
          if (await target.evaluate((el) => el === document.activeElement)) return;
          await page.keyboard.press('Tab');
        }
        throw new Error('not reachable by Tab');
      };
      await tabTo(calc.birthDateInput());
      await page.keyboard.type('11.05.2026');
      await tabTo(calc.leaveStartInput());
      await page.keyboard.type('02.03.2026');
      const l = calcLocales[lang];
      await tabTo(page.getByRole('textbox', { name: l.form.income.fill_label.replace('{{payer}}', calc.payerLabel(0)), exact: true }));
      await page.keyboard.type('180000');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect(calc.value('maternity-net')).toHaveAttribute('data-value', '612360.00');
      // The submit button takes the focus to the result.
      await tabTo(page.getByRole('button', { name: l.form.calculate }));
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { name: l.result.title, level: 2 })).toBeFocused();
    });

    // (The empty form is checked by first-page.spec.ts, in both languages.)
    test('axe finds no violations: errors shown, full result', async ({ page, axe }) => {
      test.slow(); // two axe passes over the full page take 30–50 s on this 2-core machine
      const calc = new CalculatorPage(page, lang);
      await calc.open();
      await calc.birthDate('31.02.2026');
      await axe(page);
      await enterAndCheckC1(calc);
      await axe(page);
    });

    test('the result can be copied as plain text and printed with its explanation', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const calc = new CalculatorPage(page, lang);
      await calc.open();
      await enterAndCheckC1(calc);
      const l = calcLocales[lang];
      await page.getByRole('button', { name: l.actions.copy }).click();
      await expect(page.getByText(l.actions.copied)).toBeVisible();
      const text = await page.evaluate(() => navigator.clipboard.readText());
      expect(text).toContain(l.text.heading);
      expect(text).toMatch(/612\s360\s₸/);
      expect(text).toMatch(/962\s280\s₸/);
      expect(text).toContain(l.disclaimer);

      await page.emulateMedia({ media: 'print' });
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      await expect(page.getByRole('button', { name: l.form.calculate })).toBeHidden();
      // The printed page carries the inputs in place of the form.
      await expect(page.getByRole('form', { name: l.form.label })).toBeHidden();
      await expect(page.getByRole('heading', { name: l.print.inputs })).toBeVisible();
      await expect(page.getByRole('table', { name: l.print.income })).toContainText(/180\s000\s₸/);
      await expect(page.getByText(l.steps.maternity.gross.title, { exact: true })).toBeVisible();
      await expect(page.getByText(l.explain.assumptions_hint)).toBeVisible();
    });

    test('money and dates are formatted for the language, in tenge', async ({ page }) => {
      const calc = new CalculatorPage(page, lang);
      await calc.open();
      await enterAndCheckC1(calc);
      await expect(calc.value('maternity-net')).toHaveText('612\u00a0360\u00a0₸');
      await expect(page.getByText(lang === 'kk' ? '2027 ж. 2 наурыз' : '2 марта 2027 г.').first()).toBeVisible();
    });

    test('unreadable saved data is kept aside with a notice, never a crash and never deleted', async ({ page }) => {
      await new CalculatorPage(page, lang).open();
      const spoilt = '{"v":1,"values":{"payer":"<script>"}';
      await page.evaluate((raw) => localStorage.setItem('gfss-calc.form', raw), spoilt);
      await page.reload();
      await expect(page.getByText(calcLocales[lang].notices.saved_unreadable)).toBeVisible();
      await expect(new CalculatorPage(page, lang).birthDateInput()).toHaveValue('');
      const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('gfss-calc.unreadable.')).map((k) => localStorage.getItem(k)));
      expect(kept).toEqual([spoilt]);
    });
  });
}

async function expectKept(calc: CalculatorPage) {
  await expect(calc.birthDateInput()).toHaveValue('11.05.2026');
  await expect(calc.leaveStartInput()).toHaveValue('02.03.2026');
  await expect(calc.month('2025-06')).toHaveValue('123 456');
  await expect(calc.month('2025-07')).toHaveValue('180 000');
  await expect(calc.page.getByLabel(calc.l.form.childrenBorn.legend)).toHaveValue('2');
  await expect(calc.page.getByLabel(calc.l.form.leaveCase.legend)).toHaveValue('complicated');
  await expect(calc.page.getByRole('radio', { name: calc.l.form.payer.entrepreneur, exact: true })).toBeChecked();
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
