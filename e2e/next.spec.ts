/**
 * What comes after the figures (issue 12, in parts): "to reach the maximum", in both languages, from a shared
 * link of C1 of EXAMPLES.md (salary 180 000 in 2024-05…2026-02, leave 2026-03-02, birth 2026-05-11).
 */
import { readFile } from 'node:fs/promises';
import kkNext from '../locales/kk/next.json' with { type: 'json' };
import ruNext from '../locales/ru/next.json' with { type: 'json' };
import { encodeCase } from '../src/ui/calculator/shareLink';
import { CalculatorPage } from './calculator';
import { expect, test } from './fixtures';

const next = { kk: kkNext, ru: ruNext } as const;

function months(from: number, count: number, amount: string) {
  return Array.from({ length: count }, (_, i) => ({ month: `${Math.floor((from + i) / 12)}-${String(((from + i) % 12) + 1).padStart(2, '0')}`, amounts: [amount] }));
}
const C1 = { version: 1 as const, leaveStart: '2026-03-02', birthDate: '2026-05-11', income: { kind: 'salary' as const, months: months(2024 * 12 + 4, 22, '180000') } };
const link = (c: object) => `#${encodeCase(c as Parameters<typeof encodeCase>[0], true)}`;

for (const lang of ['kk', 'ru'] as const) {
  test(`to reach the maximum: the cap, the case's distance and the salary that reaches it (${lang})`, async ({ page, axe }) => {
    const calc = new CalculatorPage(page, lang);
    await calc.open(link(C1));
    await expect(calc.value('maternity-net')).toHaveAttribute('data-value', '612360.00');
    const section = page.getByTestId('maximum');
    await section.locator('summary').click();
    await expect(section.getByRole('heading', { name: next[lang].maximum.title })).toBeVisible();
    // Maternity (M1): cap 7 × 85 000 = 595 000; average 162 000, 433 000 short; salary 595 000 ÷ 0.9 → 661 111.12.
    await expect(page.getByTestId('maximum-maternity-average')).toHaveAttribute('data-value', '595000.00');
    await expect(page.getByTestId('maximum-maternity-current')).toHaveAttribute('data-value', '162000.00');
    await expect(page.getByTestId('maximum-maternity-shortfall')).toHaveAttribute('data-value', '433000.00');
    await expect(page.getByTestId('maximum-maternity-monthly')).toHaveAttribute('data-value', '661111.12');
    await expect(page.getByTestId('maximum-maternity-months-below')).toHaveAttribute('data-value', '12');
    // Childcare (C1): average 148 500 over 24 months, 446 500 short; the two leave months count too: 24 below.
    await expect(page.getByTestId('maximum-childcare-current')).toHaveAttribute('data-value', '148500.00');
    await expect(page.getByTestId('maximum-childcare-shortfall')).toHaveAttribute('data-value', '446500.00');
    await expect(page.getByTestId('maximum-childcare-months-below')).toHaveAttribute('data-value', '24');
    await axe(page);
  });
}

test('to reach the maximum follows a language switch (ru → kk)', async ({ page }) => {
  const calc = new CalculatorPage(page, 'ru');
  await calc.open(link(C1));
  const section = page.getByTestId('maximum');
  await section.locator('summary').click();
  await expect(section.getByRole('heading', { name: next.ru.maximum.title })).toBeVisible();
  await page.getByRole('link', { name: 'Қазақша' }).click();
  await expect(page.getByTestId('maximum').getByRole('heading', { name: next.kk.maximum.title })).toBeVisible();
});

/** The events of an iCalendar text: lines unfolded, each event's properties by name (parameters dropped). */
function events(ics: string): Record<string, string>[] {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  const out: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) {
      out.push(current);
      current = null;
    } else if (current && !line.startsWith('BEGIN:') && !line.startsWith('END:')) {
      const colon = line.indexOf(':');
      const name = line.slice(0, colon).split(';')[0];
      if (!(name in current)) current[name] = line.slice(colon + 1).replace(/\\([,;\\])/g, '$1').replace(/\\n/gi, '\n');
    }
  }
  return out;
}

for (const lang of ['kk', 'ru'] as const) {
  test(`the calendar file: the leave, the birth, 18 payments and both deadlines, in the page's language (${lang})`, async ({ page }) => {
    const calc = new CalculatorPage(page, lang);
    await calc.open(link(C1));
    await expect(calc.value('maternity-net')).toHaveAttribute('data-value', '612360.00');
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('calendar-ics').click()]);
    expect(file.suggestedFilename()).toBe(`${next[lang].calendar.file}.ics`);
    const ics = await readFile(await file.path(), 'utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n[ \t]/g, '')).toContain(`X-WR-CALNAME:${next[lang].calendar.name.replace(/,/g, '\\,')}`);
    const all = events(ics);
    const on = (date: string) => all.filter((e) => e.DTSTART === date.replace(/-/g, ''));
    // C1 / M1 of EXAMPLES.md: leave 2026-03-02 … 2026-07-05 (126 days), birth 2026-05-11, payments on the 11th
    // from 2026-05 to 2027-10, deadlines 2027-03-02 (12 months from the leave) and 2027-11-11 (18 months from the birth).
    expect(on('2026-03-02')[0].SUMMARY).toBe(next[lang].calendar.leave_start.summary);
    expect(on('2026-07-05')[0].SUMMARY).toBe(next[lang].calendar.leave_end.summary);
    expect(on('2026-05-11').map((e) => e.SUMMARY)).toContain(next[lang].calendar.birth.summary);
    expect(all.filter((e) => e.UID.includes('-payment-'))).toHaveLength(18);
    expect(on('2027-10-11')[0].DESCRIPTION.replace(/[\u00a0\u202f]/g, ' ')).toContain('53 460');
    expect(on('2027-03-02')[0].SUMMARY).toBe(next[lang].calendar.deadline.maternity_summary);
    expect(on('2027-11-11')[0].SUMMARY).toBe(next[lang].calendar.deadline.childcare_summary);
    expect(ics).toContain(`SUMMARY;LANGUAGE=${lang}:`);
  });
}

for (const lang of ['kk', 'ru'] as const) {
  test(`what next: the person's own deadlines, how to apply, going back to work, fathers — each with its sources; at 390 px (${lang})`, async ({ page, axe }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    const calc = new CalculatorPage(page, lang);
    await calc.open(link(C1));
    await expect(calc.value('maternity-net')).toHaveAttribute('data-value', '612360.00');
    const section = page.getByTestId('what-next');
    await section.locator('summary').click();
    await expect(section.getByRole('heading', { name: next[lang].whatnext.title })).toBeVisible();
    // The deadlines are the result's (C1/M1: 12 months from the leave, 18 from the birth; arts. 77 p.4 and 84 p.5).
    await expect(page.getByTestId('whatnext-deadline-maternity')).toHaveAttribute('data-value', '2027-03-02');
    await expect(page.getByTestId('whatnext-deadline-childcare')).toHaveAttribute('data-value', '2027-11-11');
    for (const fact of ['channel_egov', 'channel_con', 'work_law', 'work_ministry', 'father_who'] as const) {
      const item = section.locator(`[data-fact="${fact}"]`);
      await expect(item).toContainText(next[lang].whatnext[fact].slice(0, 30));
      // Every fact names its sources, and each source is in the list below with its address.
      const ids = await item.locator('.fact-sources a').allTextContents();
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) await expect(section.locator(`#src-${id} a`)).toHaveAttribute('href', /^https:\/\//);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await axe(page);
  });
}
