/**
 * Properties of the calc core, checked with fast-check through the public entry point (`calculate`).
 *
 * The arbitraries build realistic valid cases (CONTRACT.md, case/schema.ts): an employee or an entrepreneur,
 * salary / base / contributions, a leave start and a birth date between 2008 and 2027 (birth 0–120 days after
 * the leave start; for an adoption the leave starts on or after the birth), every leave case with its
 * standard or allowed shorter sheet, one or two payers per month, amounts 0 – ~3 000 000 as decimal strings
 * with 0–2 decimals, and months covering both windows (maternity: the 12 months before the leave month;
 * childcare: the 24 months before the birth month). Money is compared as exact decimals, never as floats.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { calculate, type CalcResult, type CaseInput } from './index';
import { Decimal } from './money';
import { valueOn } from './params/lookup';
import { MZP } from './params/wages';

type Dec = InstanceType<typeof Decimal>;
const D = (s: string): Dec => new Decimal(s);

// ---------------------------------------------------------------------------------------------------------
// Calendar helpers of the test itself (independent of core/dates.ts), for dates from 2000.

// (The core's lint rule forbids `Date` here, so days are counted by hand: day 0 = 2000-01-01.)
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const monthDays = (y: number, m: number) => (m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31);
function dayNumber(iso: string): number {
  const [y, m, d] = [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
  let n = d - 1;
  for (let year = 2000; year < y; year++) n += isLeap(year) ? 366 : 365;
  for (let month = 1; month < m; month++) n += monthDays(y, month);
  return n;
}
function isoOfDay(n: number): string {
  let [y, m, rest] = [2000, 1, n];
  while (rest >= (isLeap(y) ? 366 : 365)) rest -= isLeap(y++) ? 366 : 365;
  while (rest >= monthDays(y, m)) rest -= monthDays(y, m++);
  return `${y}-${String(m).padStart(2, '0')}-${String(rest + 1).padStart(2, '0')}`;
}
const monthIdx = (isoDateOrMonth: string): number => Number(isoDateOrMonth.slice(0, 4)) * 12 + Number(isoDateOrMonth.slice(5, 7)) - 1;
const monthOf = (index: number): string => `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;

const FIRST_INCOME_INDEX = monthIdx('2006-01');
const LAST_INCOME_INDEX = monthIdx('2099-12');

/** МЗП by date (RULES §5), written out independently of params/wages.ts: [from, value]. */
const MZP_TABLE: [string, string][] = [
  ['2008-01-01', '10515'], ['2008-07-01', '12025'], ['2009-01-01', '13470'], ['2009-07-01', '13717'],
  ['2010-01-01', '14952'], ['2011-01-01', '15999'], ['2012-01-01', '17439'], ['2013-01-01', '18660'],
  ['2014-01-01', '19966'], ['2015-01-01', '21364'], ['2016-01-01', '22859'], ['2017-01-01', '24459'],
  ['2018-01-01', '28284'], ['2019-01-01', '42500'], ['2020-01-01', '42500'], ['2021-01-01', '42500'],
  ['2022-01-01', '60000'], ['2023-01-01', '70000'], ['2024-01-01', '85000'], ['2025-01-01', '85000'],
  ['2026-01-01', '85000'],
];
/**
 * МЗП in force on a date from 2008, by the table above; for a date after the year of its last row, the core's
 * own table (a forecast or a newer budget law), so that adding a year to the core needs no edit here.
 */
const mzpOn = (date: string): Dec =>
  date.slice(0, 4) > MZP_TABLE.at(-1)![0].slice(0, 4) ? valueOn(MZP, date).value : D(MZP_TABLE.filter(([from]) => from <= date).at(-1)![1]);

// ---------------------------------------------------------------------------------------------------------
// Arbitraries.

/** An amount 0 – ~3 000 000 as the case format writes it: digits, optionally 1 or 2 decimals. */
const amountArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(
      { weight: 1, arbitrary: fc.constant(0) },
      { weight: 2, arbitrary: fc.integer({ min: 0, max: 100_000 }) },
      { weight: 6, arbitrary: fc.integer({ min: 50_000, max: 800_000 }) },
      { weight: 2, arbitrary: fc.integer({ min: 0, max: 3_000_000 }) },
    ),
    fc.constantFrom(0, 1, 2),
    fc.integer({ min: 0, max: 99 }),
  )
  .map(([whole, decimals, frac]) => {
    if (decimals === 0) return String(whole);
    if (decimals === 1) return `${whole}.${frac % 10}`;
    return `${whole}.${String(frac).padStart(2, '0')}`;
  });

/** The amounts of one month: one or two payers. */
const amountsArb = fc.array(amountArb, { minLength: 1, maxLength: 2 });

const STANDARD_CASES = ['normal', 'complicated', 'multiple', 'zone', 'zone_complicated'] as const;
const SHORTER: Record<(typeof STANDARD_CASES)[number], number[]> = {
  normal: [56, 70],
  complicated: [56, 70],
  multiple: [56, 70],
  zone: [79, 93],
  zone_complicated: [79, 93],
};

const FIRST_DAY = dayNumber('2008-01-01');
const LAST_LEAVE_DAY = dayNumber('2027-08-31'); // so that a birth 120 days later is still in 2027

interface Dates {
  leaveStart: string;
  birthDate: string;
  leaveCase: CaseInput['leaveCase'];
  leaveDays?: number;
}

/** A birth leave (birth 0–120 days after the leave start) with the standard or an allowed shorter sheet. */
const birthLeaveArb: fc.Arbitrary<Dates> = fc
  .record({
    leave: fc.integer({ min: FIRST_DAY, max: LAST_LEAVE_DAY }),
    gap: fc.integer({ min: 0, max: 120 }),
    leaveCase: fc.constantFrom(...STANDARD_CASES),
    sheet: fc.constantFrom('omitted', 'standard', 'shorter0', 'shorter1'),
  })
  .map(({ leave, gap, leaveCase, sheet }) => {
    const standard = { normal: 126, complicated: 140, multiple: 140, zone: 170, zone_complicated: 184 }[leaveCase];
    const dates: Dates = { leaveStart: isoOfDay(leave), birthDate: isoOfDay(leave + gap), leaveCase };
    if (sheet === 'standard') dates.leaveDays = standard;
    if (sheet === 'shorter0') dates.leaveDays = SHORTER[leaveCase][0];
    if (sheet === 'shorter1') dates.leaveDays = SHORTER[leaveCase][1];
    return dates;
  });

/** An adoption of a newborn: the leave runs from the adoption date to the 56th day after the birth (1–56 days). */
const adoptionArb: fc.Arbitrary<Dates> = fc
  .record({ birth: fc.integer({ min: FIRST_DAY, max: LAST_LEAVE_DAY }), leaveDays: fc.integer({ min: 1, max: 56 }) })
  .map(({ birth, leaveDays }) => ({
    leaveStart: isoOfDay(birth + 56 - leaveDays),
    birthDate: isoOfDay(birth),
    leaveCase: 'adoption' as const,
    leaveDays,
  }));

const datesArb: fc.Arbitrary<Dates> = fc.oneof({ weight: 5, arbitrary: birthLeaveArb }, { weight: 1, arbitrary: adoptionArb });

/** Both windows as month indices, and the span that covers them. */
function windowsOf(d: { leaveStart: string; birthDate: string }) {
  const leave = monthIdx(d.leaveStart);
  const birth = monthIdx(d.birthDate);
  const maternity: [number, number] = [leave - 12, leave - 1];
  const childcare: [number, number] = [birth - 24, birth - 1];
  return { maternity, childcare, from: Math.min(maternity[0], childcare[0]), to: Math.max(maternity[1], childcare[1]) };
}
const inWindow = (w: [number, number], i: number) => i >= w[0] && i <= w[1];

interface Month {
  month: string;
  amounts: string[];
}
interface ValidCase {
  version?: 1;
  payer: 'employee' | 'entrepreneur';
  leaveStart: string;
  leaveCase: CaseInput['leaveCase'];
  leaveDays?: number;
  birthDate: string;
  birthOrder: number;
  childrenBorn: number;
  income: { kind: 'salary' | 'base' | 'contributions'; months: Month[] };
}

/**
 * Months covering both windows (a few more before and after), each present with probability `density`;
 * the month list is shuffled so that the core never relies on the order.
 */
function monthsArb(d: Dates, opts: { density?: number; amounts?: fc.Arbitrary<string[]> } = {}): fc.Arbitrary<Month[]> {
  const { from, to } = windowsOf(d);
  const first = Math.max(FIRST_INCOME_INDEX, from - 3);
  const last = to + 3;
  const n = last - first + 1;
  const density = opts.density ?? 0.85;
  return fc
    .tuple(
      fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), opts.amounts ?? amountsArb), { minLength: n, maxLength: n }),
      fc.boolean(),
    )
    .map(([slots, reverse]) => {
      const months: Month[] = [];
      slots.forEach(([p, amounts], k) => {
        if (p < density) months.push({ month: monthOf(first + k), amounts });
      });
      return reverse ? months.reverse() : months;
    });
}

function caseArb(opts: { density?: number; amounts?: fc.Arbitrary<string[]>; dates?: fc.Arbitrary<Dates>; childrenBorn?: fc.Arbitrary<number> } = {}): fc.Arbitrary<ValidCase> {
  return (opts.dates ?? datesArb).chain((d) =>
    fc
      .record({
        version: fc.constantFrom<1 | undefined>(1, undefined),
        payer: fc.constantFrom<ValidCase['payer']>('employee', 'entrepreneur'),
        birthOrder: fc.integer({ min: 1, max: 6 }),
        childrenBorn: opts.childrenBorn ?? fc.oneof({ weight: 6, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: fc.integer({ min: 2, max: 4 }) }),
        kind: fc.constantFrom<ValidCase['income']['kind']>('salary', 'base', 'contributions'),
        months: monthsArb(d, opts),
      })
      .map(({ version, payer, birthOrder, childrenBorn, kind, months }) => {
        const c: ValidCase = {
          payer,
          leaveStart: d.leaveStart,
          leaveCase: d.leaveCase,
          birthDate: d.birthDate,
          birthOrder,
          childrenBorn,
          income: { kind, months },
        };
        if (version !== undefined) c.version = version;
        if (d.leaveDays !== undefined) c.leaveDays = d.leaveDays;
        return c;
      }),
  );
}

/** Mostly full income histories; some sparse ones (empty windows) and some low ones (floors apply). */
const validCaseArb: fc.Arbitrary<ValidCase> = fc.oneof(
  { weight: 4, arbitrary: caseArb() },
  { weight: 1, arbitrary: caseArb({ density: 0.1 }) },
  { weight: 1, arbitrary: caseArb({ density: 0.5, amounts: fc.array(fc.integer({ min: 0, max: 80_000 }).map(String), { minLength: 1, maxLength: 2 }) }) },
);

/** A case whose 40 % amount is well above every floor: every month of both windows earns 300 000 – 2 000 000. */
const highIncomeCaseArb = (childrenBorn: fc.Arbitrary<number>) =>
  caseArb({
    density: 1.01,
    amounts: fc.array(fc.integer({ min: 300_000, max: 2_000_000 }).map(String), { minLength: 1, maxLength: 2 }),
    childrenBorn,
  }).map((c) => ({ ...c, income: { ...c.income, kind: 'salary' as const } }));

// ---------------------------------------------------------------------------------------------------------
// Helpers on results.

function compute(c: unknown): CalcResult {
  const outcome = calculate(c);
  if (!outcome.ok) throw new Error(`valid case rejected: ${JSON.stringify(outcome.errors)}`);
  return outcome.result;
}

const clone = <T>(v: T): T => structuredClone(v);

/** Every money field of the result, with its path. */
function moneyFields(r: CalcResult): [string, unknown][] {
  const out: [string, unknown][] = [];
  const m = r.maternity;
  if (m) {
    for (const k of ['sumOfBases', 'averageBeforeCap', 'averageMonthlyIncome', 'gross', 'pension', 'net'] as const) out.push([`maternity.${k}`, m[k]]);
    if (m.cap !== null) out.push(['maternity.cap', m.cap]);
    if (m.topUp) for (const k of ['gross', 'pension', 'net'] as const) out.push([`maternity.topUp.${k}`, m.topUp[k]]);
  }
  const c = r.childcare;
  if (c) {
    for (const k of ['sumOfBases', 'averageMonthlyIncome', 'amountBeforeLimits', 'cap', 'monthlyGross', 'monthlyNet', 'totalGross', 'totalNet'] as const) {
      out.push([`childcare.${k}`, c[k]]);
    }
    c.children.forEach((ch, j) => {
      for (const k of ['totalGross', 'totalPension', 'totalNet'] as const) out.push([`childcare.children.${j}.${k}`, ch[k]]);
      ch.schedule.forEach((p, i) => {
        for (const k of ['gross', 'pension', 'net', 'floor'] as const) out.push([`childcare.children.${j}.schedule.${i}.${k}`, p[k]]);
      });
    });
    if (c.pensionTopUp) for (const k of ['monthly', 'total'] as const) out.push([`childcare.pensionTopUp.${k}`, c.pensionTopUp[k]]);
  }
  const a = r.allowances;
  if (a) {
    out.push(['allowances.birthTotal', a.birthTotal], ['allowances.nonInsuredTotal', a.nonInsuredTotal]);
    a.children.forEach((ch, j) => {
      for (const k of ['birth', 'childcareMonthly', 'childcareTotal'] as const) out.push([`allowances.children.${j}.${k}`, ch[k]]);
    });
  }
  r.months.forEach((row, i) => {
    out.push([`months.${i}.base`, row.base]);
    row.payers.forEach((p, j) => {
      for (const k of ['amount', 'base', 'cap', 'floor'] as const) out.push([`months.${i}.payers.${j}.${k}`, p[k]]);
    });
  });
  return out;
}

/** The amounts that the two payments consist of (what must not move when income outside the windows moves). */
function amountsOf(r: CalcResult) {
  const m = r.maternity!;
  const c = r.childcare!;
  return {
    maternity: { eligible: m.eligible, sumOfBases: m.sumOfBases, average: m.averageMonthlyIncome, gross: m.gross, pension: m.pension, net: m.net, topUp: m.topUp },
    childcare: {
      eligible: c.eligible,
      sumOfBases: c.sumOfBases,
      average: c.averageMonthlyIncome,
      monthlyGross: c.monthlyGross,
      monthlyNet: c.monthlyNet,
      totalGross: c.totalGross,
      totalNet: c.totalNet,
      children: c.children,
      pensionTopUp: c.pensionTopUp,
    },
  };
}

const MONEY_RE = /^\d+\.\d{2}$/;
const tenPercent = (gross: string): string => D(gross).times('0.1').toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);

const RUNS = { numRuns: 300 };
/** Generous per-test time limit: each property takes about a second or less here, more on a slow CI box. */
const TIMEOUT = 30_000;

// ---------------------------------------------------------------------------------------------------------

describe('properties of the calc core (through calculate)', () => {
  // RULES §7 / CONTRACT "Result": every amount is a decimal string with two decimals, never negative,
  // never NaN or Infinity (Social Code arts. 76, 78, 85 only ever produce amounts ≥ 0).
  test('amounts are non-negative decimal strings with two decimals', () => {
    fc.assert(
      fc.property(validCaseArb, (c) => {
        const r = compute(c);
        const fields = moneyFields(r);
        expect(fields.length).toBeGreaterThan(10);
        // Collected first, then asserted once: a few hundred fields per case.
        const bad = fields.filter(([, value]) => typeof value !== 'string' || !MONEY_RE.test(value) || !D(value).isFinite());
        expect(bad).toEqual([]);
        // Each month's amounts are the case's amounts written with two decimals (leading zeros dropped).
        const listed = new Map(c.income.months.map((m) => [m.month, m.amounts.map((a) => D(a).toFixed(2))]));
        for (const row of r.months) expect(row.payers.map((p) => p.amount)).toEqual(listed.get(row.month));
      }),
      RUNS,
    );
  }, TIMEOUT);

  test('an amount typed with leading zeros is written back without them', () => {
    const r = compute({ payer: 'employee', leaveStart: '2026-03-02', birthDate: '2026-05-11', leaveCase: 'normal', birthOrder: 1, childrenBorn: 1, income: { kind: 'salary', months: [{ month: '2026-01', amounts: ['0180000', '00.5', '0'] }] } } as ValidCase);
    expect(r.months[0].payers.map((p) => p.amount)).toEqual(['180000.00', '0.50', '0.00']);
  });

  // RULES §2–4; Social Code arts. 78, 85, 245: the base, the averages, the cap and the floor are all
  // non-decreasing in each month's income, so more income never pays less.
  test('monotone in income: raising one month of one payer never lowers the payments', () => {
    const raiseArb = validCaseArb.chain((c) => {
      const { from, to } = windowsOf(c);
      return fc.record({
        c: fc.constant(c),
        // Raise an existing month's payer, or add a month in (or near) the windows that was zero.
        target: fc.oneof(
          fc.record({ kind: fc.constant('existing' as const), pick: fc.nat(), payer: fc.nat() }),
          fc.record({ kind: fc.constant('new' as const), index: fc.integer({ min: Math.max(FIRST_INCOME_INDEX, from - 2), max: to + 2 }) }),
        ),
        delta: amountArb.filter((a) => D(a).greaterThan(0)),
      });
    });
    fc.assert(
      fc.property(raiseArb, ({ c, target, delta }) => {
        const raised = clone(c);
        const months = raised.income.months;
        if (target.kind === 'existing' && months.length > 0) {
          const m = months[target.pick % months.length];
          const j = target.payer % m.amounts.length;
          m.amounts[j] = D(m.amounts[j]).plus(D(delta)).toFixed(2);
        } else if (target.kind === 'new') {
          const month = monthOf(target.index);
          const existing = months.find((m) => m.month === month);
          if (existing) existing.amounts[0] = D(existing.amounts[0]).plus(D(delta)).toFixed(2);
          else months.push({ month, amounts: [delta] });
        }
        const before = compute(c);
        const after = compute(raised);
        expect(D(after.maternity!.gross).gte(D(before.maternity!.gross)), 'maternity.gross').toBe(true);
        expect(D(after.maternity!.net).gte(D(before.maternity!.net)), 'maternity.net').toBe(true);
        expect(D(after.childcare!.monthlyGross).gte(D(before.childcare!.monthlyGross)), 'childcare.monthlyGross').toBe(true);
        expect(D(after.childcare!.totalNet).gte(D(before.childcare!.totalNet)), 'childcare.totalNet').toBe(true);
      }),
      RUNS,
    );
  }, TIMEOUT);

  // RULES §3 (Ministry: СМД capped at 7 МЗП of the right date for rights from 2025-04-08) and RULES §4 /
  // Social Code art. 85 (childcare at most 40 % of 7 МЗП, 10 МЗП before 2020, unless the floor is higher).
  test('caps hold: maternity average ≤ 7 МЗП from 2025-04-08; childcare gross ≤ max(cap, floor)', () => {
    const recentDates = birthLeaveArb.filter((d) => d.leaveStart >= '2025-04-08');
    const arb = fc.oneof(
      validCaseArb,
      caseArb({ dates: fc.oneof(recentDates, adoptionArb.filter((d) => d.leaveStart >= '2025-04-08')) }),
      highIncomeCaseArb(fc.integer({ min: 1, max: 2 })),
    );
    fc.assert(
      fc.property(arb, (c) => {
        const r = compute(c);
        const m = r.maternity!;
        if (c.leaveStart >= '2025-04-08') {
          const cap = mzpOn(c.leaveStart).times(7);
          expect(m.cap, 'maternity.cap').toBe(cap.toFixed(2));
          expect(D(m.averageMonthlyIncome).lte(cap), `average ${m.averageMonthlyIncome} ≤ ${cap.toFixed(2)}`).toBe(true);
          // 7 МЗП × 184 days ÷ 30 is the largest possible gross.
          expect(D(m.gross).lte(cap.times(m.days).dividedBy(30).toDecimalPlaces(2, Decimal.ROUND_HALF_UP))).toBe(true);
        } else {
          expect(m.cap).toBeNull();
        }
        const cc = r.childcare!;
        const multiple = c.birthDate >= '2020-01-01' ? 7 : 10;
        expect(cc.cap, `childcare.cap = 0.4 × ${multiple} МЗП`).toBe(mzpOn(c.birthDate).times(multiple).times('0.4').toFixed(2));
        for (const child of cc.children) {
          for (const p of child.schedule) {
            const limit = Decimal.max(D(cc.cap), D(p.floor));
            expect(D(p.gross).lte(limit), `payment ${p.index}: ${p.gross} ≤ max(${cc.cap}, ${p.floor})`).toBe(true);
          }
        }
      }),
      RUNS,
    );
  }, TIMEOUT);

  // Social Code art. 85 p.2 (+ art. 82): the payment is at least the state childcare allowance "with pension
  // contributions additionally calculated" (ASSUMED gross-up: floor = allowance ÷ 0.9), so the parent keeps
  // at least the allowance after the 10 % ОПВ.
  test('floors hold: every childcare payment ≥ its floor, and its net ≥ the allowance', () => {
    const lowIncome = caseArb({ density: 0.3, amounts: fc.array(fc.integer({ min: 0, max: 60_000 }).map(String), { minLength: 1, maxLength: 2 }) });
    fc.assert(
      fc.property(fc.oneof(validCaseArb, lowIncome), (c) => {
        const r = compute(c);
        const cc = r.childcare!;
        if (!cc.eligible) return;
        for (const child of cc.children) {
          for (const p of child.schedule) {
            expect(D(p.floor).greaterThan(0), 'an eligible payment has a floor').toBe(true);
            expect(D(p.gross).gte(D(p.floor)), `gross ${p.gross} ≥ floor ${p.floor}`).toBe(true);
            expect(D(p.net).gte(D(p.floor).times('0.9').minus('0.01')), `net ${p.net} ≥ floor ${p.floor} × 0.9 − 0.01`).toBe(true);
          }
        }
      }),
      RUNS,
    );
  }, TIMEOUT);

  // Social Code art. 76 and RULES §7 (ASSUMED rounding): ОПВ = 10 % of the rounded gross, half-up to the
  // tiyn; net = gross − ОПВ, for the maternity payment, its top-up and every childcare payment.
  test('net = gross − pension, pension = 10 % of gross rounded half-up', () => {
    fc.assert(
      fc.property(validCaseArb, (c) => {
        const r = compute(c);
        const triples: [string, { gross: string; pension: string; net: string }][] = [['maternity', r.maternity!]];
        if (r.maternity!.topUp) triples.push(['maternity.topUp', r.maternity!.topUp]);
        r.childcare!.children.forEach((ch, j) => ch.schedule.forEach((p, i) => triples.push([`childcare.${j}.${i}`, p])));
        for (const [path, t] of triples) {
          expect(t.pension, `${path}.pension`).toBe(tenPercent(t.gross));
          expect(t.net, `${path}.net`).toBe(D(t.gross).minus(D(t.pension)).toFixed(2));
        }
        for (const ch of r.childcare!.children) {
          const sum = (k: 'gross' | 'pension' | 'net') => ch.schedule.reduce((s, p) => s.plus(D(p[k])), D('0')).toFixed(2);
          expect(ch.totalGross).toBe(sum('gross'));
          expect(ch.totalPension).toBe(sum('pension'));
          expect(ch.totalNet).toBe(sum('net'));
        }
        const cc = r.childcare!;
        expect(cc.monthlyNet).toBe(D(cc.monthlyGross).minus(D(tenPercent(cc.monthlyGross))).toFixed(2));
      }),
      RUNS,
    );
  }, TIMEOUT);

  // Social Code art. 84 p.1: children born at once are each paid separately; each child's floor uses its
  // own birth order (art. 85 p.2, art. 82). So n children = the n single-child cases of orders b … b+n−1.
  test('twins: the total equals the sum of the single-child totals of the corresponding birth orders', () => {
    fc.assert(
      fc.property(caseArb({ childrenBorn: fc.integer({ min: 2, max: 4 }), density: 0.6 }), (c) => {
        const r = compute(c).childcare!;
        expect(r.children.length).toBe(c.childrenBorn);
        let gross = D('0');
        let net = D('0');
        for (let k = 0; k < c.childrenBorn; k++) {
          const single = compute({ ...c, childrenBorn: 1, birthOrder: c.birthOrder + k }).childcare!;
          expect(r.children[k].birthOrder).toBe(c.birthOrder + k);
          expect(r.children[k].schedule).toEqual(single.children[0].schedule);
          gross = gross.plus(D(single.totalGross));
          net = net.plus(D(single.totalNet));
        }
        expect(r.totalGross).toBe(gross.toFixed(2));
        expect(r.totalNet).toBe(net.toFixed(2));
      }),
      { numRuns: 150 },
    );
  }, TIMEOUT);

  // Social Code art. 84 p.1 + art. 85: when the 40 % amount is above every child's floor, every child gets
  // the same payment, so totalNet = n × one child's totalNet.
  test('twins above the floors: totalNet = n × one child\u2019s totalNet', () => {
    fc.assert(
      fc.property(highIncomeCaseArb(fc.integer({ min: 2, max: 4 })), (c) => {
        const r = compute(c).childcare!;
        const single = compute({ ...c, childrenBorn: 1 }).childcare!;
        expect(r.eligible).toBe(true);
        expect(r.children.every((ch) => ch.schedule.every((p) => !p.floorApplied)), 'no floor applied').toBe(true);
        expect(r.totalNet).toBe(D(single.totalNet).times(c.childrenBorn).toFixed(2));
        expect(r.totalGross).toBe(D(single.totalGross).times(c.childrenBorn).toFixed(2));
        expect(r.monthlyGross).toBe(single.monthlyGross);
      }),
      { numRuns: 150 },
    );
  }, TIMEOUT);

  // Social Code art. 78 p.2 (12 months before the leave month) and art. 85 (24 months before the birth
  // month): only the window months count, so months outside both windows change nothing.
  test('income outside both windows changes nothing', () => {
    const arb = validCaseArb.chain((c) => {
      const { from, to } = windowsOf(c);
      // Months before both windows (back to 2006-01, when there are any) or after them.
      const after = fc.integer({ min: to + 1, max: Math.min(LAST_INCOME_INDEX, to + 60) });
      const outside = from > FIRST_INCOME_INDEX ? fc.oneof(fc.integer({ min: FIRST_INCOME_INDEX, max: from - 1 }), after) : after;
      return fc.record({
        c: fc.constant(c),
        extra: fc.uniqueArray(fc.record({ index: outside, amounts: amountsArb }), { selector: (e) => e.index, minLength: 1, maxLength: 8 }),
      });
    });
    fc.assert(
      fc.property(arb, ({ c, extra }) => {
        const w = windowsOf(c);
        const changed = clone(c);
        const months = changed.income.months;
        for (const e of extra) {
          expect(inWindow(w.maternity, e.index) || inWindow(w.childcare, e.index)).toBe(false);
          const month = monthOf(e.index);
          const existing = months.find((m) => m.month === month);
          if (existing) existing.amounts = e.amounts; // alter a month outside the windows
          else months.push({ month, amounts: e.amounts }); // or add one
        }
        expect(amountsOf(compute(changed))).toEqual(amountsOf(compute(c)));
      }),
      RUNS,
    );
  }, TIMEOUT);

  // CONTRACT "Anything else … is rejected with a message that names the field": calculate validates
  // anything and never throws; a valid case always computes.
  test('random valid cases never throw', () => {
    // Wider than the realistic cases: every payer, optional dates, up to 20th child.
    const wide = fc
      .record({
        c: caseArb({ density: 0.5 }),
        payer: fc.constantFrom('employee', 'entrepreneur', 'self_employed_special', 'platform_worker'),
        drop: fc.constantFrom('none', 'leave', 'birth'),
        birthOrder: fc.integer({ min: 1, max: 20 }),
      })
      .map(({ c, payer, drop, birthOrder }) => {
        const out: Record<string, unknown> = { ...c, payer, birthOrder };
        if (drop === 'leave') {
          delete out.leaveStart;
          delete out.leaveDays;
        }
        if (drop === 'birth') delete out.birthDate;
        return out;
      });
    fc.assert(
      fc.property(fc.oneof(validCaseArb, wide), (c) => {
        const outcome = calculate(JSON.parse(JSON.stringify(c)));
        expect(outcome.ok, JSON.stringify(outcome.ok ? '' : outcome.errors)).toBe(true);
      }),
      { numRuns: 300 },
    );
  }, TIMEOUT);

  // CONTRACT "Anything else … is rejected": arbitrary input returns either a result or a non-empty list of
  // errors, each with a path, a message key and an English message; nothing throws.
  test('arbitrary JSON never throws and is either ok or a non-empty list of well-formed errors', () => {
    const caseKeys = ['version', 'payer', 'leaveStart', 'leaveCase', 'leaveDays', 'birthDate', 'birthOrder', 'childrenBorn', 'income'];
    // A valid case with one field (at the top, in income, or in a month) replaced by anything.
    const mutated = fc
      .record({
        c: validCaseArb,
        where: fc.constantFrom('top', 'income', 'month', 'amount'),
        key: fc.oneof(fc.constantFrom(...caseKeys, 'kind', 'months', 'month', 'amounts'), fc.string()),
        value: fc.oneof(fc.anything(), fc.string(), fc.integer(), fc.double(), fc.constant(null)),
        pick: fc.nat(),
      })
      .map(({ c, where, key, value, pick }) => {
        const out = clone(c) as unknown as Record<string, unknown>;
        const income = out.income as Record<string, unknown>;
        const months = income.months as Record<string, unknown>[];
        if (where === 'top') out[key] = value;
        else if (where === 'income') income[key] = value;
        else if (months.length > 0 && where === 'month') months[pick % months.length][key] = value;
        else if (months.length > 0) (months[pick % months.length].amounts as unknown[])[0] = value;
        return out;
      });
    const randomKeys = fc.dictionary(fc.oneof(fc.constantFrom(...caseKeys), fc.string()), fc.anything());
    const arb = fc.oneof(
      fc.anything(),
      fc.json().map((text) => JSON.parse(text) as unknown),
      randomKeys,
      mutated,
      fc.anything({ withNullPrototype: true, withBoxedValues: true, withMap: true, withSet: true, withDate: true, withTypedArray: true, withSparseArray: true, withBigInt: true }),
    );
    fc.assert(
      fc.property(arb, (input) => {
        const outcome = calculate(input);
        if (outcome.ok) return;
        expect(Array.isArray(outcome.errors)).toBe(true);
        expect(outcome.errors.length).toBeGreaterThan(0);
        for (const e of outcome.errors) {
          expect(typeof e.path).toBe('string');
          expect(typeof e.code).toBe('string');
          expect(typeof e.message).toBe('string');
          expect(e.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  }, TIMEOUT);

  // Social Code arts. 77–78, 84–85 (RULES §1): one month with income in the window is enough; with none the
  // person is not eligible and every amount of that payment is 0.00.
  test('eligibility: no income in a window → ineligible, amounts 0.00', () => {
    const arb = fc.record({ c: validCaseArb, which: fc.constantFrom('maternity', 'childcare', 'both'), how: fc.constantFrom('drop', 'zero') });
    fc.assert(
      fc.property(arb, ({ c, which, how }) => {
        const w = windowsOf(c);
        const emptied = (i: number) =>
          (which !== 'childcare' && inWindow(w.maternity, i)) || (which !== 'maternity' && inWindow(w.childcare, i));
        const changed = clone(c);
        changed.income.months =
          how === 'drop'
            ? changed.income.months.filter((m) => !emptied(monthIdx(m.month)))
            : changed.income.months.map((m) => (emptied(monthIdx(m.month)) ? { ...m, amounts: m.amounts.map(() => '0') } : m));
        const r = compute(changed);
        if (which !== 'childcare') {
          const m = r.maternity!;
          expect(m.eligible).toBe(false);
          expect(m.reason).toBe('no_income_in_window');
          expect(m.monthsWithIncome).toBe(0);
          expect([m.averageMonthlyIncome, m.gross, m.pension, m.net]).toEqual(['0.00', '0.00', '0.00', '0.00']);
          expect(m.topUp).toBeNull();
        }
        if (which !== 'maternity') {
          const cc = r.childcare!;
          expect(cc.eligible).toBe(false);
          expect(cc.reason).toBe('no_income_in_window');
          expect(cc.monthsWithIncome).toBe(0);
          expect([cc.averageMonthlyIncome, cc.monthlyGross, cc.monthlyNet, cc.totalGross, cc.totalNet]).toEqual(['0.00', '0.00', '0.00', '0.00', '0.00']);
          for (const ch of cc.children) {
            expect([ch.totalGross, ch.totalPension, ch.totalNet]).toEqual(['0.00', '0.00', '0.00']);
            for (const p of ch.schedule) expect([p.gross, p.pension, p.net]).toEqual(['0.00', '0.00', '0.00']);
          }
          expect(cc.pensionTopUp).toBeNull();
        }
      }),
      RUNS,
    );
  }, TIMEOUT);
});

describe('totals (rules/totals.ts)', () => {
  test('the grand total is the maternity net + every childcare payment of every child + the birth allowances; insurance adds the difference to the allowances', () => {
    fc.assert(
      fc.property(validCaseArb, (c) => {
        const r = compute(c);
        const t = r.totals!;
        expect(t).toBeDefined();
        const maternity = r.maternity?.eligible ? D(r.maternity.net) : D('0');
        const payments = (r.childcare?.eligible ? r.childcare.children : []).flatMap((ch) => ch.schedule.map((p) => D(p.net)));
        const childcare = payments.reduce((a, b) => a.plus(b), D('0'));
        const birth = (r.allowances?.children ?? []).reduce((a, ch) => a.plus(D(ch.birth)), D('0'));
        expect(D(t.maternityNet).equals(maternity)).toBe(true);
        expect(D(t.childcareNet).equals(childcare)).toBe(true);
        expect(D(t.birthAllowances).equals(birth)).toBe(true);
        expect(D(t.grandNet).equals(maternity.plus(childcare).plus(birth))).toBe(true);
        if (t.nonInsured !== null) expect(D(t.insuranceAdds!).equals(D(t.grandNet).minus(D(t.nonInsured)))).toBe(true);
        // The Fund's childcare floor is the allowance ÷ 0.9: net of ОПВ an insured parent never gets less than one who is not.
        if (t.nonInsured !== null && r.childcare?.eligible && r.childcare.children.every((ch) => ch.schedule.every((p) => !p.projected))) expect(D(t.insuranceAdds!).gte(0)).toBe(true);
      }),
      RUNS,
    );
  }, TIMEOUT);
});
