/** What a phone changes: at 390 px nothing scrolls sideways, in either language, with a full result. */
import { CalculatorPage } from './calculator';
import { expect, test } from './fixtures';

for (const lang of ['kk', 'ru'] as const) {
  test(`at 390 px wide a full calculation does not scroll sideways (${lang})`, async ({ page, axe }) => {
    test.slow(); // axe over a full result takes about 20–30 s on this 2-core machine
    await page.setViewportSize({ width: 390, height: 844 });
    const calc = new CalculatorPage(page, lang);
    await calc.open();
    await calc.birthDate('11.05.2026');
    await calc.leaveStart('02.03.2026');
    await calc.addPayer();
    await calc.fillAll('180 000');
    await calc.fillAll('95 000', 1);
    await expect(calc.value('childcare-total-net')).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await axe(page);
  });
}
