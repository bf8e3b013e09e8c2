import { describe, expect, test } from 'vitest';
import { CASE_MESSAGES } from './messages';
import { parseCase } from './schema';

const valid = {
  version: 1,
  payer: 'employee',
  leaveStart: '2026-03-02',
  leaveCase: 'normal',
  birthDate: '2026-05-11',
  birthOrder: 1,
  childrenBorn: 1,
  income: { kind: 'salary', months: [{ month: '2025-03', amounts: ['180000', '45000.50'] }] },
};

function errorsOf(input: unknown): string[] {
  const r = parseCase(input);
  return r.ok ? [] : r.errors.map((e) => `${e.path}:${e.code}`);
}

describe('the case format (CONTRACT.md)', () => {
  test('the contract\u2019s example is valid, and defaults fill what is left out', () => {
    expect(parseCase(valid).ok).toBe(true);
    const r = parseCase({ birthDate: '2026-05-11' });
    expect(r.ok && r.value).toMatchObject({ payer: 'employee', leaveCase: 'normal', birthOrder: 1, childrenBorn: 1, income: { kind: 'salary', months: [] } });
  });

  test.each([
    [{ ...valid, extra: 1 }, ['extra:unknown_field']],
    [{ ...valid, version: 2 }, ['version:version.unsupported']],
    [{ ...valid, payer: 'pensioner' }, ['payer:enum']],
    [{ ...valid, leaveStart: '2026-02-30' }, ['leaveStart:date.impossible']],
    [{ ...valid, leaveStart: '02.03.2026' }, ['leaveStart:date.format']],
    [{ ...valid, birthDate: '2007-12-31' }, ['birthDate:date.before_coverage']],
    [{ ...valid, birthDate: '2100-01-01' }, ['birthDate:date.too_late']],
    [{ ...valid, birthDate: 20260511 }, ['birthDate:date.format']],
    [{ ...valid, leaveDays: 80 }, ['leaveDays:leave_days.not_allowed']],
    [{ ...valid, leaveCase: 'zone', leaveDays: 70 }, ['leaveDays:leave_days.not_allowed']],
    [{ ...valid, leaveCase: 'adoption' }, ['leaveDays:leave_days.required']],
    [{ ...valid, leaveCase: 'adoption', leaveDays: 57 }, ['leaveDays:leave_days.adoption_range']],
    [{ ...valid, birthOrder: 0 }, ['birthOrder:birth_order.range']],
    [{ ...valid, childrenBorn: 5 }, ['childrenBorn:children_born.range']],
    [{ ...valid, childrenBorn: 1.5 }, ['childrenBorn:children_born.range']],
    [{ ...valid, income: { kind: 'wage', months: [] } }, ['income.kind:enum']],
    [{ ...valid, income: { kind: 'salary', months: [{ month: '2005-12', amounts: ['1'] }] } }, ['income.months[0].month:month.before_coverage']],
    [{ ...valid, income: { kind: 'salary', months: [{ month: '2025-13', amounts: ['1'] }] } }, ['income.months[0].month:month.impossible']],
    [{ ...valid, income: { kind: 'salary', months: [{ month: '2025-03', amounts: [] }] } }, ['income.months[0].amounts:amounts.empty']],
    [{ ...valid, income: { kind: 'salary', months: [{ month: '2025-03', amounts: [180000] }] } }, ['income.months[0].amounts[0]:amount.type']],
    [{ ...valid, income: { kind: 'salary', months: [{ month: '2025-03', amounts: ['-5'] }] } }, ['income.months[0].amounts[0]:amount.negative']],
    [{ ...valid, income: { kind: 'salary', months: [{ month: '2025-03', amounts: ['1e5'] }] } }, ['income.months[0].amounts[0]:amount.format']],
    [{ ...valid, income: { kind: 'salary', months: [{ month: '2025-03', amounts: ['<script>alert(1)</script>'] }] } }, ['income.months[0].amounts[0]:amount.format']],
    [{ ...valid, income: { kind: 'salary', months: [{ month: '2025-03', amounts: ['1000000000000'] }] } }, ['income.months[0].amounts[0]:amount.too_large']],
    [{ ...valid, income: { kind: 'salary', months: [{ month: '2025-03', amounts: ['1'] }, { month: '2025-03', amounts: ['2'] }] } }, ['income.months[1].month:month.duplicate']],
    [{ payer: 'employee' }, [':case.no_dates']],
    [null, [':case.not_object']],
    [[1, 2], [':case.not_object']],
  ])('rejects %j with the field named', (input, expected) => {
    expect(errorsOf(input)).toEqual(expected);
  });

  test('a missing required field is reported as required', () => {
    expect(errorsOf({ birthDate: '2026-05-11', income: { kind: 'salary' } })).toEqual(['income.months:required']);
  });

  test('every error carries an English message that names the field', () => {
    const r = parseCase({ ...valid, leaveStart: '2026-02-30', income: { kind: 'salary', months: [{ month: '2025-03', amounts: ['x'] }] } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    for (const e of r.errors) {
      expect(e.message).toBe(`${e.path}: ${CASE_MESSAGES[e.code]}`);
    }
  });

  test('the allowed shorter sheets pass: 56 or 70 days, and 79 or 93 in the zone; adoption 1–56', () => {
    for (const [leaveCase, leaveDays] of [['normal', 56], ['normal', 70], ['complicated', 70], ['multiple', 56], ['zone', 79], ['zone_complicated', 93], ['zone', 170], ['adoption', 1], ['adoption', 56]] as const) {
      expect(parseCase({ ...valid, leaveCase, leaveDays }).ok, `${leaveCase} ${leaveDays}`).toBe(true);
    }
  });
});
