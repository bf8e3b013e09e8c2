/**
 * The HR workbench (hr.html): a file of employees in, every one computed in a worker, a sortable and paged
 * table, each employee's full result and text answer, exports — at scale (1 000 and 10 000 rows), by keyboard,
 * with axe, on a phone, in both languages and offline. Files are built here; figures are read from
 * `data-testid` + `data-value`, labels from the locale files.
 */
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import kkHr from '../locales/kk/hr.json' with { type: 'json' };
import ruHr from '../locales/ru/hr.json' with { type: 'json' };
import { columnName } from '../src/batch/columns';
import { CalculatorPage } from './calculator';
import { expect, locales, test, type Lang } from './fixtures';

const hr = { kk: kkHr, ru: ruHr } as const;

// ---------------------------------------------------------------- files

/** `YYYY-MM` from `from` to `to`, both included. */
function monthRange(from: string, to: string): string[] {
  const at = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
  return Array.from({ length: at(to) - at(from) + 1 }, (_, i) => {
    const m = at(from) + i;
    return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
  });
}

/** The file's month columns: the 24 months before a birth in May 2026. */
const MONTHS = monthRange('2024-05', '2026-04');

interface Employee {
  id: string;
  leaveStart?: string;
  birthDate?: string;
  /** Income by month (`YYYY-MM` → amount as written); a month not listed is blank. */
  income: Record<string, string>;
}

/** `amount` every month from `from` to `to`. */
const salary = (amount: number | string, from: string, to: string) => Object.fromEntries(monthRange(from, to).map((m) => [m, String(amount)]));

/**
 * M1 + C1 of EXAMPLES.md: salary 180 000 every month 2024-05…2026-02, nothing in 2026-03/04, leave from
 * 2026-03-02, birth 2026-05-11 → maternity 612 360.00 net, childcare 53 460.00 a month and 962 280.00 in all,
 * 1 738 990.00 in all (the birth allowance included).
 */
const M1C1: Employee = { id: 'Иванова Анна Сергеевна', leaveStart: '02.03.2026', birthDate: '11.05.2026', income: salary(180_000, '2024-05', '2026-02') };
const M1C1_FIGURES = { 'maternity-net': '612360.00', 'childcare-monthly-net': '53460.00', 'childcare-total-net': '962280.00', 'grand-total': '1738990.00' };

/** M6 of EXAMPLES.md: salary 700 000 every month 2025-03…2026-02, leave from 2026-03-02 → maternity 2 249 100.00 net. */
const M6: Employee = { id: 'Ким Елена', leaveStart: '02.03.2026', income: salary(700_000, '2025-03', '2026-02') };
const M6_MATERNITY_NET = '2249100.00';

/** An employee whose salary depends on `n`, so that the figures differ from row to row. */
const numbered = (n: number): Employee => ({
  id: `Сотрудник ${String(n).padStart(5, '0')}`,
  leaveStart: '02.03.2026',
  birthDate: '11.05.2026',
  income: salary(90_000 + (n % 600) * 1_000, '2024-05', '2026-02'),
});

/** A row that cannot be computed: 31 February. */
const IMPOSSIBLE: Employee = { id: 'Ошибкина Ольга', leaveStart: '31.02.2026', birthDate: '11.05.2026', income: salary(150_000, '2024-05', '2026-02') };

/** A CSV as Excel writes it in a Russian locale: `;` between fields, the template's Russian headers. */
function employeesCsv(employees: readonly Employee[]): string {
  const header = [columnName('id', 'ru'), columnName('leaveStart', 'ru'), columnName('birthDate', 'ru'), ...MONTHS].join(';');
  const lines = employees.map((e) => [e.id, e.leaveStart ?? '', e.birthDate ?? '', ...MONTHS.map((m) => e.income[m] ?? '')].join(';'));
  return `${[header, ...lines].join('\r\n')}\r\n`;
}

/** M1 + C1 first, then `count - 1` numbered employees. */
const crowd = (count: number) => [M1C1, ...Array.from({ length: count - 1 }, (_, i) => numbered(i + 2))];

// ---------------------------------------------------------------- the page

async function openHr(page: Page, lang: Lang = 'ru') {
  await page.goto(`/hr.html?lang=${lang}`);
  await expect(page.getByRole('heading', { level: 1, name: hr[lang].title })).toBeVisible();
}

/** The file to upload (built before any timing starts). */
const csvFile = (employees: readonly Employee[], name = 'сотрудники.csv') => ({ name, mimeType: 'text/csv', buffer: Buffer.from(employeesCsv(employees), 'utf8') });

async function upload(page: Page, employees: readonly Employee[]) {
  await page.setInputFiles('#hr-file', csvFile(employees));
}

/** Uploads and waits until every row is computed or rejected. */
async function compute(page: Page, employees: readonly Employee[], rejected = 0) {
  await upload(page, employees);
  await expect(page.getByTestId('hr-count')).toHaveAttribute('data-value', String(employees.length - rejected), { timeout: 20_000 });
  await expect(page.getByTestId('hr-errors')).toHaveAttribute('data-value', String(rejected));
  await expect(page.locator('progress')).toHaveCount(0);
}

type Probe = Window & { hrCounted?: Promise<number>; hrKeys?: number[]; hrFrames?: { count: number; maxGap: number; longTasks: number[] } };

/**
 * Measures, in the page, how it answers while it computes: for each key pressed in the paste box, the
 * milliseconds from the key event to the task after the next frame (the text is on screen: "input to next
 * paint", whose good value is 200 ms at most); the animation frames drawn while the progress bar shows; and
 * the main thread's long tasks (over 50 ms).
 */
async function probeResponsiveness(page: Page) {
  await page.evaluate(() => {
    const w = window as Probe;
    const keys: number[] = (w.hrKeys = []);
    const frames = (w.hrFrames = { count: 0, maxGap: 0, longTasks: [] as number[] });
    new PerformanceObserver((list) => list.getEntries().forEach((e) => frames.longTasks.push(Math.round(e.duration)))).observe({ type: 'longtask' });
    document.getElementById('hr-paste')?.addEventListener('keydown', (e) => {
      const pressed = e.timeStamp;
      requestAnimationFrame(() => setTimeout(() => keys.push(Math.round(performance.now() - pressed))));
    });
    let last = 0;
    const tick = (now: number) => {
      if (document.querySelector('progress')) {
        if (last) {
          frames.count++;
          frames.maxGap = Math.max(frames.maxGap, now - last);
        }
        last = now;
      } else if (last) return; // the computation is over
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/**
 * Milliseconds from setInputFiles to `hr-count` = `count`, timed in the page: a mutation observer notes the
 * moment the count appears (a Playwright poll would add its own interval).
 */
async function timedUpload(page: Page, file: ReturnType<typeof csvFile>, count: number, during?: () => Promise<void>): Promise<number> {
  const start = await page.evaluate((n) => {
    (window as Probe).hrCounted = new Promise<number>((resolve) => {
      const observer = new MutationObserver(() => {
        if (!document.querySelector(`[data-testid="hr-count"][data-value="${n}"]`)) return;
        observer.disconnect();
        resolve(performance.now());
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-value'] });
    });
    return performance.now();
  }, count);
  await page.setInputFiles('#hr-file', file);
  await during?.();
  const end = await page.evaluate(() => (window as Probe).hrCounted as Promise<number>);
  return Math.round(end - start);
}

const row = (page: Page, fileRow: number) => page.locator(`[data-testid="hr-row"][data-row="${fileRow}"]`);
const rows = (page: Page) => page.getByTestId('hr-row');
/** The grand totals of the rows shown, in order. */
const grandTotals = async (page: Page) => (await rows(page).getByTestId('grand-total').evaluateAll((els) => els.map((e) => e.getAttribute('data-value')))).map(Number);
const nameButton = (page: Page, id: string, lang: Lang = 'ru') => page.getByRole('button', { name: hr[lang].results.open.replace('{{id}}', id), exact: true });
const sortButton = (page: Page, column: string, lang: Lang = 'ru') => page.getByRole('button', { name: hr[lang].results.sort_by.replace('{{column}}', column), exact: true });
/** Spaces as Intl writes them (narrow and no-break) as plain ones. */
const plain = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ');

async function expectFigures(scope: Locator, figures: Record<string, string>) {
  for (const [testId, value] of Object.entries(figures)) await expect(scope.getByTestId(testId).first(), testId).toHaveAttribute('data-value', value);
}

// ---------------------------------------------------------------- scale

test.describe('scale', () => {
  // One after the other in one worker: two large files computed at once on a 2-core machine would time each other.
  test.describe.configure({ mode: 'default' });

  test('1 000 employees are computed well under 3 s, the worked example among them', async ({ page }) => {
    await openHr(page);
    const employees = crowd(1000);
    employees[1] = M6;
    const ms = await timedUpload(page, csvFile(employees), 1000);
    console.log(`HR 1000 employees: ${ms} ms`);
    expect(ms).toBeLessThan(3000);
    await expect(page.getByTestId('hr-errors')).toHaveAttribute('data-value', '0');
    await expectFigures(row(page, 2), M1C1_FIGURES);
    await expect(row(page, 3).getByTestId('maternity-net')).toHaveAttribute('data-value', M6_MATERNITY_NET);
    // The salaries differ, and so do the figures.
    expect(new Set(await grandTotals(page)).size).toBeGreaterThan(90);
  });

  test('10 000 employees: the page answers typing while the worker computes', async ({ page }) => {
    test.setTimeout(60_000);
    const started = Date.now();
    const file = csvFile(crowd(10_000));
    const built = Date.now() - started;
    await openHr(page);
    await probeResponsiveness(page);
    const paste = page.locator('#hr-paste');
    const keys: { inPage: number; roundTrip: number }[] = [];
    const computing = async () => (await page.locator('progress').count()) > 0;
    const ms = await timedUpload(page, file, 10_000, async () => {
      await expect(page.locator('progress')).toBeVisible();
      await paste.focus();
      // Keys typed while the progress bar shows: each is in the box at once.
      for (let typed = ''; keys.length < 8 && (await computing()); ) {
        const t0 = Date.now();
        await page.keyboard.press('x');
        typed += 'x';
        await expect(paste).toHaveValue(typed, { timeout: 1000 });
        const inPage = await page.waitForFunction((n) => (window as Probe).hrKeys?.[n - 1], typed.length).then((h) => h.jsonValue() as Promise<number>);
        const roundTrip = Date.now() - t0;
        if (await computing()) keys.push({ inPage, roundTrip });
      }
    });
    const frames = await page.evaluate(() => (window as Probe).hrFrames);
    console.log(
      `HR 10000 employees: ${ms} ms (file of ${(file.buffer.length / 1e6).toFixed(1)} MB built in ${built} ms; ` +
        `while computing: key to next frame ${keys.map((k) => k.inPage).join(', ')} ms, Playwright round trip ${keys.map((k) => k.roundTrip).join(', ')} ms; ` +
        `${frames?.count} frames, longest gap ${Math.round(frames?.maxGap ?? 0)} ms; main-thread tasks over 50 ms: ${frames?.longTasks.join(', ') || 'none'})`,
    );
    expect(keys.length, 'keys typed while the progress bar showed').toBeGreaterThan(2);
    // Typing is answered at once: three keys in four on screen within 200 ms. (Not every key: on a shared
    // 2-core machine a single key may wait a second or two for another process, not for the page; a page
    // that blocked its main thread while computing would fail nearly every key.)
    const quick = keys.filter((k) => k.inPage < 200).length;
    expect(quick, `keys on screen within 200 ms, of ${keys.length}`).toBeGreaterThanOrEqual(Math.ceil(keys.length * 0.75));
    // Frames kept coming: at least 5 a second on average while computing.
    expect(frames?.count ?? 0).toBeGreaterThan(ms / 200);
    await expectFigures(row(page, 2), M1C1_FIGURES);
    expect(Date.now() - started, 'the whole test, ms').toBeLessThan(30_000);
  });

  test('an employee opened while a large file is still computing keeps the focus where the user put it', async ({ page }) => {
    test.setTimeout(60_000);
    const file = csvFile(crowd(10_000));
    await openHr(page);
    await page.setInputFiles('#hr-file', file);
    await expect(page.locator('progress')).toBeVisible();
    await nameButton(page, M1C1.id).click();
    const detail = page.getByTestId('hr-detail');
    await expect(page.getByRole('heading', { level: 1, name: hr.ru.detail.title.replace('{{id}}', M1C1.id) })).toBeFocused();
    // The user moves on to the copy button (or into the text) while the rest of the file is computed.
    await detail.getByTestId('copy-text').focus();
    expect(await page.locator('progress').count(), 'the file is still computing').toBe(1);
    await expect(page.locator('progress')).toHaveCount(0, { timeout: 30_000 });
    await expect(page.getByTestId('hr-count')).toHaveAttribute('data-value', '10000');
    await expect(detail.getByTestId('copy-text')).toBeFocused();
  });
});

// ---------------------------------------------------------------- sorting, paging, filter

test('a file dropped on the zone is read like a chosen one (ru)', async ({ page }) => {
  await openHr(page);
  const text = employeesCsv([M1C1, M6]);
  const dataTransfer = await page.evaluateHandle((csv) => {
    const dt = new DataTransfer();
    dt.items.add(new File([csv], 'сотрудники.csv', { type: 'text/csv' }));
    return dt;
  }, text);
  await page.dispatchEvent('.dropzone', 'dragover', { dataTransfer });
  await expect(page.locator('.dropzone')).toHaveClass(/dropzone-active/);
  await page.dispatchEvent('.dropzone', 'drop', { dataTransfer });
  await expect(page.getByTestId('hr-count')).toHaveAttribute('data-value', '2');
  await expect(page.locator('.dropzone')).not.toHaveClass(/dropzone-active/);
  await expectFigures(row(page, 2), M1C1_FIGURES);
  await expect(row(page, 3).getByTestId('maternity-net')).toHaveAttribute('data-value', M6_MATERNITY_NET);
});

test('a file dropped anywhere on the page is read, not opened by the browser in place of the page (ru)', async ({ page }) => {
  await openHr(page);
  const dataTransfer = await page.evaluateHandle((csv) => {
    const dt = new DataTransfer();
    dt.items.add(new File([csv], 'сотрудники.csv', { type: 'text/csv' }));
    return dt;
  }, employeesCsv([M1C1]));
  await page.dispatchEvent('h1', 'drop', { dataTransfer });
  await expect(page.getByTestId('hr-count')).toHaveAttribute('data-value', '1');
  await expect(page).toHaveURL(/hr\.html/);
});

test('Back with an employee open closes it and keeps the workbench and its results (ru)', async ({ page }) => {
  await openHr(page);
  await compute(page, [M1C1, M6]);
  await nameButton(page, M1C1.id).click();
  await expect(page.getByTestId('hr-detail')).toBeVisible();
  await page.goBack();
  await expect(page.getByTestId('hr-detail')).toHaveCount(0);
  await expect(page).toHaveURL(/hr\.html/);
  await expect(page.getByTestId('hr-count')).toHaveAttribute('data-value', '2');
  await expect(nameButton(page, M1C1.id)).toBeFocused();
});

test('a new file loaded while everyone’s answers are being prepared: nothing of the old file is written, and the exports work again (ru)', async ({ page }) => {
  await openHr(page);
  await compute(page, crowd(3000));
  await page.getByTestId('texts-all').click();
  await upload(page, [M6]);
  await expect(page.getByTestId('hr-count')).toHaveAttribute('data-value', '1');
  await expect(page.getByTestId('texts-all')).toBeEnabled();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('texts-all').click()]);
  const text = plain(await readFile(await file.path(), 'utf8'));
  expect(text).toContain(M6.id);
  expect(text).not.toContain(M1C1.id);
});

test('the list printed: within the paper’s width, with which rows of how many (ru)', async ({ page }) => {
  await openHr(page);
  await compute(page, crowd(150));
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 718, height: 1000 }); // A4 at 96 dpi, less the margins
  await expect.poll(() => page.evaluate(() => document.querySelector('.hr-table')?.getBoundingClientRect().width ?? 0)).toBeLessThanOrEqual(718);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(718);
  await expect(page.locator('p.print-only').getByText(hr.ru.results.page.replace('{{from}}', '1').replace('{{to}}', '100').replace('{{total}}', '150'))).toBeVisible();
});

test('sorting by the grand total, paging by 100, finding an employee by name', async ({ page }) => {
  await openHr(page);
  await compute(page, crowd(150));
  const l = hr.ru;
  const totalHeader = page.getByRole('columnheader').filter({ has: sortButton(page, l.col.grand_total) });
  await expect(totalHeader).not.toHaveAttribute('aria-sort');

  await sortButton(page, l.col.grand_total).click();
  await expect(totalHeader).toHaveAttribute('aria-sort', 'descending');
  const down = await grandTotals(page);
  expect(down).toHaveLength(100);
  expect(down).toEqual([...down].sort((a, b) => b - a));
  // Only the sorted column says so.
  await expect(page.locator('th[aria-sort]')).toHaveCount(1);

  await sortButton(page, l.col.grand_total).click();
  await expect(totalHeader).toHaveAttribute('aria-sort', 'ascending');
  const up = await grandTotals(page);
  expect(up).toEqual([...up].sort((a, b) => a - b));
  expect(up[0]).toBeLessThan(down[0]);

  // The pager: 150 rows, 100 a page.
  await expect(page.locator('nav.pager').getByText(l.results.page.replace('{{from}}', '1').replace('{{to}}', '100').replace('{{total}}', '150'))).toBeVisible();
  await page.getByRole('button', { name: l.results.next, exact: true }).click();
  await expect(page.locator('nav.pager').getByText(l.results.page.replace('{{from}}', '101').replace('{{to}}', '150').replace('{{total}}', '150'))).toBeVisible();
  await expect(rows(page)).toHaveCount(50);
  const second = await grandTotals(page);
  expect(second[0]).toBeGreaterThanOrEqual(up[99]);
  await expect(page.getByRole('button', { name: l.results.next, exact: true })).toBeDisabled();
  await page.getByRole('button', { name: l.results.prev, exact: true }).click();
  await expect(rows(page)).toHaveCount(100);

  // The filter finds one employee (any case), and nobody for a name not there.
  await page.getByLabel(l.results.filter).fill('иванова');
  await expect(rows(page)).toHaveCount(1);
  await expect(nameButton(page, M1C1.id)).toBeVisible();
  await expectFigures(row(page, 2), M1C1_FIGURES);
  await page.getByLabel(l.results.filter).fill('Сотрудник 00077');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page)).toHaveAttribute('data-row', '78'); // the header is row 1, M1 + C1 row 2
  await page.getByLabel(l.results.filter).fill('Нет Такого');
  await expect(rows(page)).toHaveCount(0);
  await expect(page.getByText(l.results.nothing_found)).toBeVisible();
});

// ---------------------------------------------------------------- one employee

test.describe('one employee', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  test('the detail: full result, the text with figures, articles and readings, copy, back to the same button, print', async ({ page }) => {
    const l = hr.ru;
    await openHr(page);
    await compute(page, [numbered(1), M1C1, M6]);
    await nameButton(page, M1C1.id).click();

    const detail = page.getByTestId('hr-detail');
    await expect(page.getByRole('heading', { level: 1, name: l.detail.title.replace('{{id}}', M1C1.id) })).toBeFocused();
    await expect(page.locator('#hr-results-title')).toBeHidden();
    await expect(detail.locator('.glance')).toBeVisible();
    await expectFigures(detail, M1C1_FIGURES);

    const text = await detail.getByTestId('employee-text').inputValue();
    expect(text).toContain(M1C1.id);
    expect(plain(text)).toContain('612 360');
    expect(plain(text)).toContain('53 460');
    expect(text).toContain('ст. 78');
    expect(text).toContain(l.text.legal);
    expect(text).toContain(l.text.assumed);

    await detail.getByTestId('copy-text').click();
    await expect(detail.getByRole('status')).toHaveText(l.detail.copied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);

    // Printed: this employee alone.
    await page.emulateMedia({ media: 'print' });
    await expect(detail).toBeVisible();
    await expect(page.locator('.hr-results')).toBeHidden();
    await expect(page.locator('.hr-input')).toBeHidden();
    await page.emulateMedia({ media: 'screen' });

    await page.getByRole('button', { name: l.detail.back, exact: true }).click();
    await expect(detail).toHaveCount(0);
    await expect(rows(page)).toHaveCount(3);
    await expect(nameButton(page, M1C1.id)).toBeFocused();
  });
});

// ---------------------------------------------------------------- exports

/** Clicks a button that downloads a file, and returns the file's name and text. */
async function downloaded(page: Page, testId: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const chunks = await (await download.createReadStream()).toArray();
  return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}

test('exports: the CSV has every row, computed or rejected; the texts file has every computed employee', async ({ page }) => {
  await openHr(page);
  await compute(page, [M1C1, IMPOSSIBLE, M6], 1);
  const csv = await downloaded(page, 'export-csv');
  expect(csv.name).toMatch(/\.csv$/);
  const lines = csv.text.replace(/^\uFEFF/, '').trim().split(/\r\n/);
  expect(lines).toHaveLength(4);
  expect(lines[1]).toContain(M1C1.id);
  expect(lines[1]).toContain('612360,00');
  expect(lines[1]).toContain('1738990,00');
  expect(lines[2]).toContain(IMPOSSIBLE.id);
  expect(lines[2]).toContain(hr.ru.export.rejected);
  expect(lines[3]).toContain('2249100,00');

  const texts = await downloaded(page, 'texts-all');
  expect(texts.name).toMatch(/\.txt$/);
  expect(texts.text).toContain(hr.ru.text.employee.replace('{{id}}', M1C1.id));
  expect(texts.text).toContain(hr.ru.text.employee.replace('{{id}}', M6.id));
  expect(texts.text).not.toContain(IMPOSSIBLE.id);
  expect(plain(texts.text)).toContain('2 249 100');
});

// ---------------------------------------------------------------- keyboard

/** Presses Tab until `stop` is focused (or `max` times), and says what each press focused. */
async function tabUntil(page: Page, stop: (focused: string) => boolean, max = 40): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return 'body';
      const name = el.getAttribute('data-testid') ?? el.id ?? '';
      return `${el.tagName.toLowerCase()}${name ? `#${name}` : ''}:${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 60)}`;
    });
    seen.push(focused);
    if (stop(focused)) break;
  }
  return seen;
}

test('by keyboard: the inputs, then after a computation the exports, sort buttons and names; Enter opens an employee', async ({ page }) => {
  const l = hr.ru;
  await openHr(page);
  const before = await tabUntil(page, (f) => f.startsWith('summary'));
  expect(before[0], 'the first Tab: the skip link').toBe(`a:${l.skip}`);
  expect(before).toEqual(
    expect.arrayContaining([expect.stringMatching(/^input#hr-file:/), expect.stringMatching(/^textarea#hr-paste:/), `button:${l.input.paste_button}`, `summary:${l.input.layout_title}`]),
  );
  const order = (prefix: string) => before.findIndex((f) => f.startsWith(prefix));
  expect(order('input#hr-file')).toBeLessThan(order('textarea#hr-paste'));
  expect(order('textarea#hr-paste')).toBeLessThan(order(`button:${l.input.paste_button}`));

  // Pasted rows, computed by the keyboard: Enter on the paste button.
  await page.locator('#hr-paste').fill(employeesCsv([M1C1, M6, numbered(3)]).replaceAll(';', '\t'));
  await page.getByRole('button', { name: l.input.paste_button, exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('hr-count')).toHaveAttribute('data-value', '3');
  await expect(page.getByTestId('export-csv')).toBeEnabled();

  const after = await tabUntil(page, (f) => f.includes(M6.id), 60);
  const sortLabel = (column: string) => `button:${l.results.sort_by.replace('{{column}}', column)}`;
  expect(after).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^button#export-csv:/),
      expect.stringMatching(/^button#export-xlsx:/),
      expect.stringMatching(/^button#texts-all:/),
      sortLabel(l.col.id),
      sortLabel(l.col.grand_total),
      `button:${l.results.open.replace('{{id}}', M1C1.id)}`,
      `button:${l.results.open.replace('{{id}}', M6.id)}`,
    ]),
  );

  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: l.detail.title.replace('{{id}}', M6.id) })).toBeFocused();
  await expect(page.getByTestId('hr-detail').getByTestId('maternity-net').first()).toHaveAttribute('data-value', M6_MATERNITY_NET);
});

// ---------------------------------------------------------------- accessibility

test.describe('axe', () => {
  for (const lang of ['kk', 'ru'] as const) {
    test(`the empty page (${lang})`, async ({ page, axe }) => {
      await openHr(page, lang);
      await axe(page);
    });
  }

  test('results with a rejected row', async ({ page, axe }) => {
    await openHr(page);
    await compute(page, [M1C1, IMPOSSIBLE, M6, numbered(4)], 1);
    await expect(page.getByTestId('row-problem')).toHaveAttribute('data-row', '3');
    await axe(page);
  });

  test('the opened detail', async ({ page, axe }) => {
    test.slow(); // axe over a full result takes long on a 2-core machine
    await openHr(page);
    await compute(page, [M1C1, M6]);
    await nameButton(page, M1C1.id).click();
    await expect(page.getByTestId('hr-detail').getByTestId('grand-total')).toHaveAttribute('data-value', M1C1_FIGURES['grand-total']);
    await axe(page);
  });

  test.describe('at 390 px', () => {
    test.use({ viewport: { width: 390, height: 800 } });
    test('results: no violation, and the wide table scrolls inside its region, not the page', async ({ page, axe }) => {
      await openHr(page);
      await compute(page, [M1C1, IMPOSSIBLE, M6, numbered(4)], 1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      const region = page.getByRole('region', { name: hr.ru.results.caption });
      expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
      await axe(page);
    });
  });
});

// ---------------------------------------------------------------- languages and links

test('switching to Kazakh keeps the results and speaks Kazakh', async ({ page }) => {
  await openHr(page, 'ru');
  await compute(page, [M1C1, IMPOSSIBLE, M6], 1);
  await page.getByRole('navigation', { name: locales.ru.language.label }).getByRole('link', { name: 'Қазақша' }).click();
  await expect(page.getByRole('heading', { level: 1, name: hr.kk.title })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: hr.kk.results.title, exact: true })).toBeVisible();
  await expect(page).toHaveURL(/lang=kk/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await expect(page.getByTestId('hr-count')).toHaveAttribute('data-value', '2');
  await expect(page.getByTestId('hr-errors')).toHaveAttribute('data-value', '1');
  await expect(sortButton(page, hr.kk.col.grand_total, 'kk')).toBeVisible();
  await expectFigures(row(page, 2), M1C1_FIGURES);
});

for (const lang of ['ru', 'kk'] as const) {
  test(`the calculator links to the workbench and back, in the page's language (${lang})`, async ({ page }) => {
    await new CalculatorPage(page, lang).open();
    const toHr = page.getByRole('link', { name: locales[lang].app.hr_link });
    await expect(toHr).toHaveAttribute('href', `hr.html?lang=${lang}`);
    await toHr.click();
    await expect(page).toHaveURL(new RegExp(`/hr\\.html\\?lang=${lang}$`));
    await expect(page.getByRole('heading', { level: 1, name: hr[lang].title })).toBeVisible();
    const back = page.getByRole('link', { name: hr[lang].back });
    await expect(back).toHaveAttribute('href', `./?lang=${lang}`);
    await back.click();
    await new CalculatorPage(page, lang).open();
  });
}

// ---------------------------------------------------------------- offline

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after a visit to the calculator the workbench computes and exports XLSX with the network off', async ({ page, context }) => {
    await new CalculatorPage(page, 'ru').open();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    });
    await context.setOffline(true);
    // What the page loads from now on, and whether the service worker answered it.
    const served: { path: string; cached: boolean }[] = [];
    const failed: string[] = [];
    context.on('response', (r) => served.push({ path: new URL(r.url()).pathname, cached: r.fromServiceWorker() }));
    context.on('requestfailed', (r) => failed.push(r.url()));
    try {
      await openHr(page, 'kk');
      await compute(page, [M1C1, M6]);
      await expectFigures(row(page, 2), M1C1_FIGURES);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
      expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
      const bytes = await (await download.createReadStream()).toArray();
      expect(Buffer.concat(bytes).subarray(0, 2).toString('latin1')).toBe('PK');
      // The page, the worker and the XLSX writer all came from the service worker's cache.
      expect(failed).toEqual([]);
      expect(served.filter((r) => !r.cached)).toEqual([]);
      const paths = served.map((r) => r.path);
      expect(paths).toContain('/hr.html');
      expect(paths).toEqual(expect.arrayContaining([expect.stringMatching(/^\/assets\/worker-.*\.js$/), expect.stringMatching(/^\/assets\/xlsx-.*\.js$/)]));
    } finally {
      await context.setOffline(false);
    }
  });
});
