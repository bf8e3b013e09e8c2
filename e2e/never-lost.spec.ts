/**
 * Nothing a person types is ever lost: before the app takes the page over, across links, reloads, tabs, the
 * embedding guide's preview, pastes from a spreadsheet, clearing, and saved data of an earlier version.
 * One test (or more) per item "seen" in the issue; each failed on the main branch before this work.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { encodeCase } from '../src/ui/calculator/shareLink';
import { CalculatorPage } from './calculator';
import { calcLocales, errorLocales, expect, test } from './fixtures';
import { slowPhone } from './slowPhone';

/** 22 months of `amount` before a leave on 2026-03-02 (C1 of EXAMPLES.md with 180 000). */
function months(amount = '180000') {
  return Array.from({ length: 22 }, (_, i) => {
    const index = 2024 * 12 + 4 + i;
    return { month: `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`, amounts: [amount] };
  });
}
const C1 = { version: 1 as const, leaveStart: '2026-03-02', birthDate: '2026-05-11', income: { kind: 'salary' as const, months: months() } };
const linkTo = (c: object) => `#${encodeCase(c as Parameters<typeof encodeCase>[0], true)}`;

/** The saved cases as stored: the form values of each. */
async function savedValues(page: Page, namespace = 'gfss-calc'): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    (ns) =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith(`${ns}.case.`))
        .map((k) => JSON.parse(localStorage.getItem(k) ?? '{}').values),
    namespace,
  );
}


const takenOver = (page: Page) => page.locator('html[data-taken-over="true"]').waitFor({ state: 'attached' });

test.describe('1. typed before the app takes over', () => {
  test('on a slow phone, a radio and a date chosen before take-over are what the app starts from; the saved case stays in the list', async ({ browser }) => {
    test.slow();
    const context = await browser.newContext({ viewport: { width: 412, height: 915 }, isMobile: true, hasTouch: true, serviceWorkers: 'block' });
    const page = await context.newPage();
    const l = calcLocales.kk;
    // A case saved on an earlier visit.
    const earlier = new CalculatorPage(page, 'kk');
    await earlier.open(linkTo(C1));
    await expect(earlier.value('maternity-net')).toHaveAttribute('data-value', '612360.00');
    await expect.poll(() => savedValues(page)).toHaveLength(1);

    await slowPhone(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true }); // every file comes over the slow network again
    // The scripts are held back until the person has typed (Playwright's own actions are slow on a 4× slower
    // CPU): what is tested is the order of events, typing first, whatever the speed of the machine.
    let release = () => {};
    const typed = new Promise<void>((done) => (release = done));
    await page.route(/\/assets\/.*\.js$/, async (route) => {
      await typed;
      await route.continue();
    });
    await page.goto('/?lang=kk', { waitUntil: 'commit' });
    // The prerendered form, before any script: choose and type at once.
    await page.getByRole('radio', { name: l.form.birthStatus.born, exact: true }).check();
    // (Its label says "expected" until the app runs and follows the radio.)
    await page.getByRole('textbox', { name: l.form.birthDate.expected, exact: true }).fill('20.06.2026');
    const date = page.getByRole('textbox', { name: l.form.birthDate.born, exact: true });
    expect(await page.evaluate(() => document.documentElement.dataset.takenOver)).toBeUndefined(); // really before
    release();
    await takenOver(page);
    await page.locator('.calculator[data-ready="true"]').waitFor();
    await expect(page.getByRole('radio', { name: l.form.birthStatus.born, exact: true })).toBeChecked();
    await expect(date).toHaveValue('20.06.2026');
    await expect(page.getByText(l.notices.typed_early)).toBeVisible();
    // The earlier case is still there, beside the new one, and opens with its 22 months.
    await expect(page.getByTestId('saved-case')).toHaveCount(2);
    const saved = await savedValues(page);
    expect(saved.map((v) => v.birthDate).sort()).toEqual(['11.05.2026', '20.06.2026']);
    expect(Object.keys(saved.find((v) => v.birthDate === '11.05.2026')!.amounts as object)).toHaveLength(22);
    await context.close();
  });

  test('typed while the app is loading (the bootstrap runs, React not yet): kept, and typed only once', async ({ page }) => {
    const l = calcLocales.kk;
    // React is held back until the person has typed: the module that holds it waits.
    let released = false;
    let release = () => {};
    const typed = new Promise<void>((done) => (release = () => ((released = true), done())));
    await page.route(/\/assets\/.*\.js$/, async (route) => {
      if (released) return route.continue();
      const response = await route.fetch();
      const body = await response.text();
      if (body.includes('__reactProps$')) await typed;
      await route.fulfill({ response, body });
    });
    await page.goto('/?lang=kk', { waitUntil: 'commit' });
    await page.locator('html[data-recording="true"]').waitFor({ state: 'attached' });
    await page.getByRole('radio', { name: l.form.leaveSource.estimate, exact: true }).check();
    await page.locator('#f-birthDate').pressSequentially('11052026');
    await page.locator('#f-leaveCase').selectOption('complicated');
    release();
    await takenOver(page);
    await page.locator('.calculator[data-ready="true"]').waitFor();
    await expect(page.getByRole('radio', { name: l.form.leaveSource.estimate, exact: true })).toBeChecked();
    await expect(page.locator('#f-birthDate')).toHaveValue('11052026');
    await expect(page.locator('#f-leaveCase')).toHaveValue('complicated');
    await expect(page.locator('#leave-estimate')).toBeVisible();
    await page.unrouteAll({ behavior: 'ignoreErrors' });
  });

  test('on a fast machine, a date pasted the instant the page shows is kept', async ({ page }) => {
    const l = calcLocales.ru;
    for (let run = 0; run < 3; run++) {
      await page.goto(`/?lang=ru&run=${run}`, { waitUntil: 'commit' });
      const date = page.locator('#f-birthDate');
      await date.fill('11.05.2026');
      await takenOver(page);
      await page.locator('.calculator[data-ready="true"]').waitFor();
      await expect(page.getByRole('textbox', { name: l.form.birthDate.expected, exact: true })).toHaveValue('11.05.2026');
      await page.evaluate(() => localStorage.clear());
    }
  });
});

test('2. a share link then an edit: reload and back keep the edit, and the address no longer holds the link', async ({ page }) => {
  const calc = new CalculatorPage(page, 'ru');
  await calc.open(linkTo(C1));
  await expect(calc.value('maternity-net')).toHaveAttribute('data-value', '612360.00');
  await expect(page).toHaveURL(/\/\?lang=ru$/);
  await calc.setMonth('2025-06', '300 000');
  await page.reload();
  await calc.month('2025-06').waitFor();
  await expect(calc.month('2025-06')).toHaveValue('300 000');
  await page.goto('about:blank');
  await page.goBack();
  await expect(calc.month('2025-06')).toHaveValue('300 000');
});

test('3. opening someone’s link adds a case; the person’s own case stays and opens again', async ({ page }) => {
  const l = calcLocales.ru;
  const calc = new CalculatorPage(page, 'ru');
  await calc.open();
  await calc.enterC1();
  await expect(calc.value('maternity-net')).toHaveAttribute('data-value', '612360.00');
  const other = { ...C1, birthDate: '2026-07-20', leaveStart: '2026-05-11', income: { kind: 'salary' as const, months: [] } };
  await calc.open(linkTo(other));
  await expect(calc.birthDateInput()).toHaveValue('20.07.2026');
  await expect(page.getByText(l.notices.prefill_loaded)).toBeVisible();
  const list = page.getByTestId('saved-cases');
  await expect(list.getByTestId('saved-case')).toHaveCount(2);
  await list.getByRole('button', { name: new RegExp(`^${l.cases.open_label.replace('{{label}}', '').trim()}.*11\\.05\\.2026`) }).click();
  await expect(calc.birthDateInput()).toHaveValue('11.05.2026');
  await expect(calc.value('maternity-net')).toHaveAttribute('data-value', '612360.00');
});

test('4. the embedding guide’s preview neither shows nor touches the visitor’s saved case', async ({ page }) => {
  const calc = new CalculatorPage(page, 'ru');
  await calc.open();
  await calc.enterC1();
  await expect(calc.value('maternity-net')).toHaveAttribute('data-value', '612360.00');
  await page.goto('/embed.html?lang=ru');
  const preview = page.frameLocator('iframe.preview-frame');
  const previewDate = preview.locator('#f-birthDate');
  await preview.locator('.calculator[data-ready="true"]').waitFor();
  await expect(previewDate).toHaveValue('');
  await previewDate.fill('01.02.2027');
  await preview.getByRole('button', { name: calcLocales.ru.form.reset }).click();
  await calc.open();
  await expect(calc.birthDateInput()).toHaveValue('11.05.2026');
  await expect(calc.value('maternity-net')).toHaveAttribute('data-value', '612360.00');
  expect((await savedValues(page)).map((v) => v.birthDate)).toEqual(['11.05.2026']);
});

test.describe('5. paste like a spreadsheet', () => {
  async function start(page: Page) {
    const calc = new CalculatorPage(page, 'ru');
    await calc.open();
    await calc.birthDate('11.05.2026');
    await calc.leaveStart('02.03.2026');
    return calc;
  }

  test('a Google Sheets row fills the payers rightward, adding the second column; never one joined number', async ({ page }) => {
    const calc = await start(page);
    await calc.paste(calc.month('2025-03'), '85000\t90000');
    await expect(calc.month('2025-03')).toHaveValue('85000');
    await expect(calc.month('2025-03', 1)).toHaveValue('90000');
    await expect(calc.month('2025-03')).not.toHaveAttribute('aria-invalid', 'true');
  });

  test('a 3-cell Excel row gives three payers', async ({ page }) => {
    const calc = await start(page);
    await calc.paste(calc.month('2025-03'), '85000\t90000\t95000\r\n');
    await expect(calc.month('2025-03', 2)).toHaveValue('95000');
    await expect(page.getByText(errorLocales.ru.amount.too_large)).toHaveCount(0);
  });

  test('two amounts typed into one cell are an error, not 180 000 180 000', async ({ page }) => {
    const calc = await start(page);
    await calc.fillAll('180 000');
    await expect(calc.value('maternity-net')).toHaveAttribute('data-value', '612360.00');
    await calc.setMonth('2025-06', '180000 180000');
    await page.getByRole('button', { name: calcLocales.ru.form.calculate }).click();
    await expect(page.getByText(errorLocales.ru.amount.two_amounts)).toBeVisible();
    await expect(calc.value('maternity-net')).toHaveCount(0);
  });

  test('a header line in a pasted column is skipped with a note; a two-column block fills both payers', async ({ page }) => {
    const calc = await start(page);
    await calc.paste(calc.month('2025-03'), 'Оклад\tПремия\n180000\t10000\n185000\t\n190000\t12000\n');
    await expect(calc.month('2025-03')).toHaveValue('180000');
    await expect(calc.month('2025-04')).toHaveValue('185000');
    await expect(calc.month('2025-05')).toHaveValue('190000');
    await expect(calc.month('2025-03', 1)).toHaveValue('10000');
    await expect(calc.month('2025-04', 1)).toHaveValue('');
    await expect(calc.month('2025-05', 1)).toHaveValue('12000');
    await expect(page.getByText(calcLocales.ru.form.income.paste_skipped.replace('{{line}}', '1').replace('{{text}}', 'Оклад Премия'))).toBeVisible();
  });

  test('Enter and the arrow keys move between cells as in a spreadsheet', async ({ page }) => {
    const calc = await start(page);
    await calc.month('2025-03').fill('180000');
    await calc.month('2025-03').press('Enter');
    await expect(calc.month('2025-04')).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(calc.month('2025-03')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(calc.month('2025-05')).toBeFocused();
  });
});

test('6. clearing the form can be undone, in both languages', async ({ page }) => {
  for (const lang of ['kk', 'ru'] as const) {
    const l = calcLocales[lang];
    const calc = new CalculatorPage(page, lang);
    await calc.open();
    if (lang === 'kk') await calc.enterC1();
    await expect(calc.value('maternity-net')).toHaveAttribute('data-value', '612360.00');
    await page.getByRole('button', { name: l.form.reset, exact: true }).click();
    await expect(calc.birthDateInput()).toHaveValue('');
    await expect(page.getByText(l.undo.cleared)).toBeVisible();
    await page.getByRole('button', { name: l.undo.button, exact: true }).click();
    await expect(calc.birthDateInput()).toHaveValue('11.05.2026');
    await expect(calc.month('2025-06')).toHaveValue('180 000');
    await expect(calc.value('maternity-net')).toHaveAttribute('data-value', '612360.00');
  }
});

test('7. saved data of version 1 (one slot) opens with every value after the update', async ({ page }) => {
  const calc = new CalculatorPage(page, 'ru');
  await calc.open();
  const amounts = Object.fromEntries(months('180 000').map((m) => [m.month, m.amounts]));
  const v1 = {
    v: 1,
    values: { payer: 'employee', birthStatus: 'expected', birthDate: '11.05.2026', leaveSource: 'sheet', leaveStart: '02.03.2026', leaveCase: 'normal', sheetDays: '', adoptionDays: '', childrenBorn: '1', birthOrder: '15', incomeKind: 'salary', payerCount: 1, amounts },
  };
  await page.evaluate((saved) => localStorage.setItem('gfss-calc.form', JSON.stringify(saved)), v1);
  await calc.open();
  await expect(calc.birthDateInput()).toHaveValue('11.05.2026');
  await expect(page.getByLabel(calcLocales.ru.form.birthOrder.legend)).toHaveValue('15');
  await expect(calc.value('maternity-net')).toHaveAttribute('data-value', '612360.00');
  expect(await page.evaluate(() => localStorage.getItem('gfss-calc.form'))).toBeNull();
});

test.describe('8. two tabs', () => {
  async function twoTabs(context: BrowserContext) {
    // A switch to hold back a tab's storage events, as when two tabs write within the same moment.
    await context.addInitScript(() => {
      window.addEventListener('storage', (e) => {
        if ((window as unknown as { holdStorage?: boolean }).holdStorage) e.stopImmediatePropagation();
      });
    });
    const one = new CalculatorPage(await context.newPage(), 'ru');
    await one.open();
    await one.enterC1();
    await expect(one.value('maternity-net')).toHaveAttribute('data-value', '612360.00');
    const two = new CalculatorPage(await context.newPage(), 'ru');
    await two.open();
    await expect(two.month('2025-06')).toHaveValue('180 000');
    return { one, two };
  }

  test('a tab follows the other’s edits, and each tab’s own edit survives', async ({ context }) => {
    const { one, two } = await twoTabs(context);
    await one.setMonth('2025-06', '123 456');
    await expect(two.month('2025-06')).toHaveValue('123 456');
    await two.setMonth('2025-07', '654 321');
    await expect(one.month('2025-07')).toHaveValue('654 321');
    await one.page.reload();
    await expect(one.month('2025-06')).toHaveValue('123 456');
    await expect(one.month('2025-07')).toHaveValue('654 321');
  });

  test('edits made at the same moment in both tabs are both kept', async ({ context }) => {
    const { one, two } = await twoTabs(context);
    // Both tabs write before either hears of the other (the events are held back in the second tab).
    await two.page.evaluate(() => ((window as unknown as { holdStorage?: boolean }).holdStorage = true));
    await one.setMonth('2025-06', '123 456');
    await two.setMonth('2025-07', '654 321');
    await expect
      .poll(async () => {
        const all = await savedValues(one.page);
        const amounts = all.map((v) => v.amounts as Record<string, string[]>);
        return [amounts.some((a) => a['2025-06']?.[0] === '123 456'), amounts.some((a) => a['2025-07']?.[0] === '654 321')];
      })
      .toEqual([true, true]);
    // The tab that finds the other's write says so: usually the second (its save sees the first's), or the first
    // when the second's process read the storage before the first's save reached it.
    const said = (tab: CalculatorPage) => tab.page.getByText(calcLocales.ru.notices.tab_conflict).isVisible();
    await expect.poll(async () => (await said(one)) || (await said(two))).toBe(true);
  });
});

test.describe('dates and amounts as people write them', () => {
  test('digits only, a two-digit year and «г.» are dates; the dots appear while typing', async ({ page }) => {
    const calc = new CalculatorPage(page, 'ru');
    await calc.open();
    await calc.birthDateInput().pressSequentially('11052026');
    await expect(calc.birthDateInput()).toHaveValue('11.05.2026');
    await calc.leaveStart('02.03.26 г.');
    await calc.fillAll('+180000');
    await expect(calc.value('maternity-net')).toHaveAttribute('data-value', '612360.00');
  });

  test('an ambiguous 1,500 asks; a zero-width space is ignored', async ({ page }) => {
    const calc = new CalculatorPage(page, 'ru');
    await calc.open();
    await calc.enterC1();
    await calc.setMonth('2025-06', '1,500');
    await page.getByRole('button', { name: calcLocales.ru.form.calculate }).click();
    await expect(page.getByText(errorLocales.ru.amount.ambiguous)).toBeVisible();
    await calc.setMonth('2025-06', '180\u200b000');
    await expect(calc.value('maternity-net')).toHaveAttribute('data-value', '612360.00');
  });

  test('a link with birth order 15 shows 15, not a blank choice', async ({ page }) => {
    const calc = new CalculatorPage(page, 'kk');
    await calc.open(linkTo({ ...C1, birthOrder: 15 }));
    await expect(page.getByLabel(calcLocales.kk.form.birthOrder.legend)).toHaveValue('15');
  });
});

test.describe('the same guarantees in the widget', () => {
  test('the widget keeps what was typed across a reload, apart from the calculator’s cases, and a link adds a case', async ({ page }) => {
    const calc = new CalculatorPage(page, 'ru');
    await calc.open();
    await calc.enterC1();
    await page.goto('/widget.html?lang=ru');
    await page.locator('.calculator[data-ready="true"]').waitFor();
    await expect(page.locator('#f-birthDate')).toHaveValue('');
    await page.locator('#f-birthDate').fill('01.02.2027');
    await page.reload();
    await page.locator('.calculator[data-ready="true"]').waitFor();
    await expect(page.locator('#f-birthDate')).toHaveValue('01.02.2027');
    await page.goto(`/widget.html?lang=ru${linkTo(C1)}`);
    await expect(page.getByTestId('maternity-net')).toHaveAttribute('data-value', '612360.00');
    expect((await savedValues(page, 'gfss-widget')).map((v) => v.birthDate).sort()).toEqual(['01.02.2027', '11.05.2026']);
    expect(await savedValues(page, 'gfss-calc')).toHaveLength(1);
  });
});
