/**
 * Unbreakable: odd input through the page, broken links and storage, no request to any other origin, and
 * the speed of recalculation on every keystroke (a benchmark: the figure is printed, not asserted).
 */
import { encodeCase } from '../src/ui/calculator/shareLink';
import { CalculatorPage } from './calculator';
import { calcLocales, errorLocales, expect, test } from './fixtures';

const APP = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;

/** 24 months of two employers before a birth on 2026-05-11, leave from 2026-03-02. */
function twoEmployerCase() {
  const months = Array.from({ length: 24 }, (_, i) => {
    const index = 2024 * 12 + 4 + i;
    return { month: `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`, amounts: ['250000', '120000'] };
  }).slice(0, 22);
  return { version: 1 as const, leaveStart: '2026-03-02', birthDate: '2026-05-11', income: { kind: 'salary' as const, months } };
}


test('digits of other scripts, -0 and thousands of pasted lines are taken in stride', async ({ page }) => {
  const calc = new CalculatorPage(page, 'ru');
  await calc.open();
  await calc.enterC1('١٨٠٠٠٠'); // Arabic-Indic digits: 180 000
  await expect(calc.value('maternity-net')).toHaveAttribute('data-value', '612360.00');
  await calc.setMonth('2025-03', '-0');
  await expect(calc.month('2025-03')).not.toHaveAttribute('aria-invalid', 'true');
  // 5 000 lines pasted into the first month fill the table's months and nothing else.
  const started = Date.now();
  await calc.paste(calc.month('2024-05'), Array.from({ length: 5000 }, (_, i) => String(100000 + i)).join('\n'));
  await expect(calc.month('2026-04')).toHaveValue('100023');
  expect(Date.now() - started).toBeLessThan(10_000);
  await expect(calc.value('childcare-monthly-gross')).toHaveAttribute('data-value', /^\d+\.\d{2}$/);
});

test('a huge or broken #case= is refused with a notice; what the browser had stays', async ({ page }) => {
  const calc = new CalculatorPage(page, 'ru');
  await calc.open();
  await calc.birthDate('11.05.2026');
  for (const hash of [`#case=${'A'.repeat(300_000)}`, '#case=%%%', `#case=${btoa('{"version":1,"birthDate":"2026-02-29"}')}`, '#case=e30']) {
    await calc.open(hash);
    await expect(page.getByText(calcLocales.ru.notices.prefill_invalid)).toBeVisible();
    await expect(calc.birthDateInput()).toHaveValue('11.05.2026');
  }
});

for (const [what, script] of [
  ['full', "Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };"],
  ['disabled', "Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });"],
] as const) {
  test(`storage that is ${what}: the calculator works, says it cannot save, and loses nothing on screen`, async ({ page }) => {
    await page.addInitScript(script);
    const calc = new CalculatorPage(page, 'ru');
    await calc.open();
    await calc.enterC1();
    await expect(calc.value('maternity-net')).toHaveAttribute('data-value', '612360.00');
    await expect(page.getByText(calcLocales.ru.notices.storage_unavailable)).toBeVisible();
    await page.getByRole('link', { name: 'Қазақша' }).click();
    await expect(new CalculatorPage(page, 'kk').birthDateInput()).toHaveValue('11.05.2026');
  });
}

test('no page makes a request to any other origin, and none runs inline script', async ({ page }) => {
  const foreign: string[] = [];
  const violations: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(APP) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/.test(m.text())) violations.push(m.text());
  });
  const c = encodeCase(twoEmployerCase(), true);
  for (const path of ['/', '/?lang=ru', `/?lang=kk#${c}`, `/widget.html?lang=ru&theme=dark#${c}`, '/embed.html?lang=kk', '/embed.html?lang=ru']) {
    await page.goto(path);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.waitForLoadState('networkidle');
  }
  // Use the page as a person would: a result, the explanation, the share box.
  const calc = new CalculatorPage(page, 'ru');
  await calc.open(`#${c}`);
  await page.getByText(calcLocales.ru.explain.assumptions_title_other.split('{{')[0].trim()).click();
  await page.getByLabel(calcLocales.ru.actions.include_income).check();
  await page.waitForLoadState('networkidle');
  expect(foreign).toEqual([]);
  expect(violations).toEqual([]);
});

test('recalculation after a keystroke in a 24-month, two-employer case (benchmark)', async ({ page }, testInfo) => {
  const calc = new CalculatorPage(page, 'ru');
  await calc.open(`#${encodeCase(twoEmployerCase(), true)}`);
  await expect(calc.value('childcare-monthly-gross')).toHaveAttribute('data-value', /^\d/);
  const input = calc.month('2025-06', 1);
  await input.focus();
  // In the page: type one digit, and time until the result shows the new amount and until the next frame.
  const timings = await page.evaluate(async (id) => {
    const el = document.getElementById(id) as HTMLInputElement;
    const result = document.querySelector('[data-testid="maternity-gross"]') as HTMLElement;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const out: { update: number; frame: number }[] = [];
    for (let i = 0; i < 30; i++) {
      const before = result.dataset.value;
      const t0 = performance.now();
      setValue.call(el, String(120000 + (i % 2 === 0 ? 5 : 0) + i * 10));
      el.dispatchEvent(new Event('input', { bubbles: true }));
      while (result.dataset.value === before) await new Promise((r) => setTimeout(r, 0));
      const t1 = performance.now();
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      out.push({ update: t1 - t0, frame: performance.now() - t0 });
    }
    return out;
  }, (await input.getAttribute('id')) ?? '');
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const update = timings.map((t) => t.update);
  const line = `recalculation: keystroke → result in the DOM median ${median(update).toFixed(1)} ms, max ${Math.max(...update).toFixed(1)} ms; to the next frame median ${median(timings.map((t) => t.frame)).toFixed(1)} ms (${timings.length} keystrokes, 24 months × 2 employers)`;
  console.log(line);
  testInfo.annotations.push({ type: 'benchmark', description: line });
  expect(timings).toHaveLength(30);
  await expect(calc.value('maternity-gross')).not.toHaveAttribute('data-value', '');
  void errorLocales;
});
