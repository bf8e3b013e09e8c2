/** The words of a "what if" comparison, in both languages: every reason has its sentence, figures read as figures. */
import i18next, { type TFunction } from 'i18next';
import { describe, expect, test } from 'vitest';
import kkCalc from '../../../locales/kk/calc.json';
import ruCalc from '../../../locales/ru/calc.json';
import kkNext from '../../../locales/kk/next.json';
import ruNext from '../../../locales/ru/next.json';
import { compareResults, type CaseInput, type Reason } from '../../core';
import { LANGUAGES } from '../../i18n/languages';
import { months, sideOf as side } from '../../testing/cases';
import { changesOf } from './scenario';
import { comparisonAsText, monthRuns, reasonGroups, reasonText, signedMoney } from './compareText';

const i18n = i18next.createInstance();
void i18n.init({ lng: 'ru', resources: { kk: { calc: kkCalc, next: kkNext }, ru: { calc: ruCalc, next: ruNext } }, initAsync: false });
const tOf = (lang: string): TFunction => i18n.getFixedT(lang);

const C1: CaseInput = { version: 1, birthDate: '2026-05-11', leaveStart: '2026-03-02', income: { kind: 'salary', months: months('2024-05', '2026-02', '180000') } };
const C2: CaseInput = { ...C1, income: { kind: 'salary', months: months('2024-05', '2026-04', '180000') } };

/** Pairs that between them give every reason code. */
const PAIRS: [CaseInput, CaseInput][] = [
  [C1, C2],
  [C1, { ...C1, leaveStart: '2026-04-01', birthDate: '2026-06-11' }],
  [C1, { ...C1, payer: 'entrepreneur', childrenBorn: 2, birthOrder: 2, leaveCase: 'multiple' }],
  [C1, { ...C1, income: { kind: 'base', months: months('2025-11', '2026-04', '85000') } }],
  [C1, { ...C1, income: { kind: 'salary', months: months('2024-05', '2026-04', ['700000', '700000']) } }],
  [C1, { ...C1, income: { kind: 'salary', months: [] } }],
  [C1, { ...C1, leaveStart: undefined }],
  [{ ...C1, birthDate: '2026-12-20', leaveStart: '2026-10-10' }, { ...C1, birthDate: '2027-01-10', leaveStart: '2026-10-10' }],
  // 12 payments for a birth before 2022-01-02, 18 after (RULES: duration by the date of birth).
  [
    { version: 1, birthDate: '2021-12-20', income: { kind: 'salary', months: months('2019-12', '2022-01', '180000') } },
    { version: 1, birthDate: '2022-02-10', income: { kind: 'salary', months: months('2019-12', '2022-01', '180000') } },
  ],
  [
    { ...C1, leaveStart: '2025-03-03', income: { kind: 'salary', months: months('2024-03', '2025-02', ['700000', '700000']) } },
    { ...C1, leaveStart: '2026-03-02', income: { kind: 'salary', months: months('2024-03', '2026-02', ['700000', '700000']) } },
  ],
];
const reasons: Reason[] = PAIRS.flatMap(([a, b]) => compareResults(side(a), side(b)).reasons);

describe('every reason, in both languages', () => {
  test('the pairs give every reason code (so that each sentence below is read)', () => {
    const codes = new Set(reasons.map((r) => r.code));
    expect([...codes].sort(), [...codes].join()).toEqual(['asked', 'average', 'birth_order', 'cap', 'cap_value', 'children', 'days', 'due', 'floor', 'income_changed', 'income_kind', 'mrp', 'payer', 'payments', 'window_moved'].sort());
  });
  for (const lang of LANGUAGES) {
    test(`${lang}: each is a sentence, no key or placeholder left, one full stop`, () => {
      for (const r of reasons) {
        const text = reasonText(r, tOf(lang), lang);
        expect(text, r.code).not.toMatch(/whatif\.|\{\{|\.\.|undefined|null/);
        expect(text.endsWith('.'), `${r.code}: ${text}`).toBe(true);
      }
    });
  }
  test('ru: the window moved, with the months that entered with no income', () => {
    const r = compareResults(side(C1), side({ ...C1, leaveStart: '2026-04-01' })).reasons.find((x) => x.code === 'window_moved')!;
    expect(reasonText(r, tOf('ru'), 'ru').replace(/\u00a0/g, ' ')).toBe(
      'Период расчёта сдвинулся — март 2025 г. – февраль 2026 г. → апрель 2025 г. – март 2026 г. Вошли в расчёт: март 2026 г. Вышли из расчёта: март 2025 г. ' +
        'За март 2026 г. доход не введён — 1 месяц учитывается как 0. Если доход будет, введите его в разделе «Повышение зарплаты».',
    );
  });
  test('grouped: the case first, then each payment', () => {
    const c = compareResults(side(C1), side({ ...C1, payer: 'entrepreneur' }));
    expect(reasonGroups(c.reasons).map((g) => g.payment)).toEqual([null, 'maternity', 'childcare']);
  });
});

describe('figures in words', () => {
  test('signed amounts', () => {
    expect(signedMoney('87480.00', 'ru').replace(/\s/g, ' ')).toBe('+87 480 ₸');
    expect(signedMoney('-51030.00', 'ru').replace(/\s/g, ' ')).toBe('\u221251 030 ₸');
    expect(signedMoney('0.00', 'kk').replace(/\s/g, ' ')).toBe('0 ₸');
    expect(signedMoney('-0.00', 'ru').replace(/\s/g, ' ')).toBe('0 ₸');
  });
  test('months as runs', () => {
    expect(monthRuns(['2025-04', '2025-03', '2025-06'], 'ru').replace(/\u00a0/g, ' ')).toBe('март 2025 г. – апрель 2025 г., июнь 2025 г.');
  });
  test('the copied text of C1 against C2 (EXAMPLES.md): each figure now → scenario (difference)', () => {
    const a = side(C1);
    const b = side(C2);
    for (const lang of LANGUAGES) {
      const text = comparisonAsText(compareResults(a, b), changesOf(a.case, b.case), tOf(lang), lang, 'https://example/#case=x&compare=y').replace(/\s/g, ' ');
      expect(text).toContain('53 460 ₸ → 58 320 ₸ (+4 860 ₸)');
      expect(text).toContain('962 280 ₸ → 1 049 760 ₸ (+87 480 ₸)');
      expect(text).toContain(String(lang === 'ru' ? ruNext.whatif.honest : kkNext.whatif.honest).replace(/\s/g, ' '));
      expect(text).toMatch(/#case=x&compare=y$/);
      expect(text).not.toMatch(/whatif\.|\{\{/);
    }
  });
});
