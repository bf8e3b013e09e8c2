/**
 * Every worked example of the domain notes (the project's own copy: src/core/rules/cases/examples-*.json),
 * entered through the form as a person would — dates typed, options chosen, one amount filled into every
 * month and the differing months typed one by one — must show the expected figures in both languages. Half of
 * the examples are entered in Kazakh, half in Russian (every label of both languages is used), and each is then
 * switched to the other language in place, where the same figures must show.
 */
import childcare from '../src/core/rules/cases/examples-childcare.cases.json' with { type: 'json' };
import maternity from '../src/core/rules/cases/examples-maternity.cases.json' with { type: 'json' };
import { expandFill, type CaseEntry } from '../src/core/rules/cases/format';
import { DEFAULT_VALUES, tableMonths } from '../src/ui/calculator/formModel';
import { toUserDate } from '../src/ui/calculator/userDate';
import { formatMoney } from '../src/ui/format';
import { CalculatorPage, type LeaveCase } from './calculator';
import { expect, test } from './fixtures';

const HOOKS: Record<string, string> = {
  'maternity.gross': 'maternity-gross',
  'maternity.net': 'maternity-net',
  'childcare.monthlyGross': 'childcare-monthly-gross',
  'childcare.monthlyNet': 'childcare-monthly-net',
  'childcare.totalNet': 'childcare-total-net',
  'allowances.nonInsuredTotal': 'non-insured-total',
};

interface ExampleCase {
  payer?: 'employee' | 'entrepreneur' | 'self_employed_special' | 'platform_worker';
  leaveStart?: string;
  leaveCase?: LeaveCase;
  birthDate?: string;
  birthOrder?: number;
  childrenBorn?: number;
  income: { kind: 'salary' | 'base' | 'contributions'; months: { month: string; amounts: string[] }[] };
}

const entries = [...(maternity.cases as CaseEntry[]), ...(childcare.cases as CaseEntry[])];

test.describe('examples entered through the form', () => {
  entries.forEach((entry, n) => {
    const lang = n % 2 === 0 ? 'kk' : 'ru';
    const other = lang === 'kk' ? 'ru' : 'kk';
    const c = expandFill(entry) as ExampleCase;
    const expected = Object.entries(entry.expect ?? {}).filter(([k]) => k in HOOKS);

    test(`${entry.id} (entered in ${lang}, then ${other}): ${entry.name}`, async ({ page }) => {
      expect(expected.length, 'the example must expect a figure the page shows').toBeGreaterThan(0);
      const calc = new CalculatorPage(page, lang);
      await calc.open();
      if (c.payer && c.payer !== 'employee') await calc.payer(c.payer);
      if (c.leaveCase && c.leaveCase !== 'normal') await calc.leaveCase(c.leaveCase);
      if (c.birthDate) await calc.birthDate(toUserDate(c.birthDate));
      if (c.leaveStart) await calc.leaveStart(toUserDate(c.leaveStart));
      else await calc.leaveSource('none');
      if (c.childrenBorn && c.childrenBorn > 1) await calc.childrenBorn(c.childrenBorn);
      if (c.birthOrder && c.birthOrder > 1) await calc.birthOrder(c.birthOrder);
      if (c.income.kind !== 'salary') await calc.incomeKind(c.income.kind);

      // The months the form shows for these dates, and what each payer earned in them.
      const months = tableMonths({
        ...DEFAULT_VALUES,
        birthDate: c.birthDate ? toUserDate(c.birthDate) : '',
        leaveStart: c.leaveStart ? toUserDate(c.leaveStart) : '',
        leaveSource: c.leaveStart ? 'sheet' : 'none',
        leaveCase: c.leaveCase ?? 'normal',
      });
      const payers = Math.max(1, ...c.income.months.map((m) => m.amounts.length));
      for (let p = 1; p < payers; p++) await calc.addPayer();
      const byMonth = new Map(c.income.months.map((m) => [m.month, m.amounts]));
      for (let p = 0; p < payers; p++) {
        const wanted = months.map((m) => byMonth.get(m.month)?.[p] ?? '');
        // Fill every month before the leave with the most common amount, then type the months that differ.
        const counts = new Map<string, number>();
        months.forEach((m, i) => !m.onLeave && wanted[i] !== '' && counts.set(wanted[i], (counts.get(wanted[i]) ?? 0) + 1));
        const common = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
        if (common) await calc.fillAll(common, p);
        for (let i = 0; i < months.length; i++) {
          const filled = !months[i].onLeave && common ? common : '';
          if (wanted[i] !== filled) await calc.setMonth(months[i].month, wanted[i], p);
        }
      }

      for (const [path, value] of expected) {
        await expect(calc.value(HOOKS[path]), `${path}`).toHaveAttribute('data-value', String(value));
      }
      // The other language, switched in place: the same figures, now written in it.
      await page.getByRole('link', { name: other === 'kk' ? 'Қазақша' : 'Русский' }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', other);
      for (const [path, value] of expected) {
        await expect(calc.value(HOOKS[path]), `${path} (${other})`).toHaveAttribute('data-value', String(value));
      }
      await expect(calc.value(HOOKS[expected[0][0]])).toHaveText(formatMoney(String(expected[0][1]), other));
    });
  });
});
