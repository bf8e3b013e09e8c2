/**
 * Throughput benchmark of the calc core: `npm run bench`.
 *
 * Generates 10 000 realistic cases from a fixed seed (so runs are comparable), serialises each one to JSON as
 * an HR system would send it, and times, after a warm-up, the public entry point `calculate` on each case as
 * parsed from its JSON (validation, calculation and the full explanation of every result). The target, 5 000
 * cases per second, is for `calculate`; the time JSON.parse takes before it is printed beside it.
 */
import { createHash } from 'node:crypto';
import { calculate } from '../core/index';

const CASES = 10_000;
const WARM_UP = 2_000;
/** Readability wins every trade above this (issue 10). */
const TARGET_PER_SECOND = 5_000;
const SEED = 20_260_302;

/** mulberry32: a small, fast, seeded PRNG (uniform in [0, 1)). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const random = mulberry32(SEED);
const int = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const monthDays = (y: number, m: number): number => (m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31);

/** The date `days` days after y-m-d (days ≥ 0). */
function plusDays(y: number, m: number, d: number, days: number): { y: number; m: number; d: number } {
  let rest = d - 1 + days;
  while (rest >= monthDays(y, m)) {
    rest -= monthDays(y, m);
    if (++m > 12) {
      m = 1;
      y++;
    }
  }
  return { y, m, d: rest + 1 };
}

const monthText = (index: number): string => `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;

/** An amount as a decimal string with 0–2 decimals, around a typical salary. */
function amount(typical: number): string {
  const whole = Math.max(0, Math.round(typical * (0.7 + random() * 0.6)));
  const decimals = int(0, 2);
  return decimals === 0 ? String(whole) : decimals === 1 ? `${whole}.${int(0, 9)}` : `${whole}.${pad(int(0, 99))}`;
}

const LEAVE_CASES = ['normal', 'normal', 'normal', 'complicated', 'multiple', 'zone', 'zone_complicated', 'adoption'] as const;

/** One realistic case: an employee or an entrepreneur, 24+ months of income, one or two payers. */
function randomCase(): Record<string, unknown> {
  const year = int(2008, 2027);
  const leave = { y: year, m: int(1, 12), d: 1 };
  leave.d = int(1, monthDays(leave.y, leave.m));
  const leaveCase = pick(LEAVE_CASES);
  const leaveDays = leaveCase === 'adoption' ? int(1, 56) : undefined;
  const birth = leaveCase === 'adoption' ? leave : plusDays(leave.y, leave.m, leave.d, int(0, 120));
  const leaveStart = `${leave.y}-${pad(leave.m)}-${pad(leave.d)}`;
  const birthDate = `${birth.y}-${pad(birth.m)}-${pad(birth.d)}`;

  const kind = pick(['salary', 'salary', 'salary', 'base', 'contributions'] as const);
  const typical = kind === 'contributions' ? int(3_000, 40_000) : int(60_000, 1_500_000);
  const payers = random() < 0.7 ? 1 : 2;
  const birthMonth = birth.y * 12 + birth.m - 1;
  const first = Math.max(2006 * 12, birthMonth - 24 - int(0, 6));
  const last = birthMonth - 1 + int(0, 2);
  const months: { month: string; amounts: string[] }[] = [];
  for (let i = first; i <= last; i++) {
    if (random() < 0.08) continue; // a month without income
    const amounts = [amount(typical)];
    if (payers === 2) amounts.push(amount(typical / 3));
    months.push({ month: monthText(i), amounts });
  }

  const c: Record<string, unknown> = {
    version: 1,
    payer: random() < 0.85 ? 'employee' : 'entrepreneur',
    leaveStart,
    leaveCase,
    birthDate,
    birthOrder: int(1, 4),
    childrenBorn: random() < 0.97 ? 1 : int(2, 3),
    income: { kind, months },
  };
  if (leaveDays !== undefined) c.leaveDays = leaveDays;
  return c;
}

const payloads: string[] = [];
for (let i = 0; i < CASES; i++) payloads.push(JSON.stringify(randomCase()));
const bytes = payloads.reduce((n, p) => n + p.length, 0);

/**
 * One pass, as a service would take the cases: each payload parsed, then computed through `calculate`, one
 * after the other. The two are timed apart (performance.now, a fraction of a microsecond per reading).
 */
function run(list: readonly string[]): { ok: number; checksum: number; parseMs: number; calcMs: number } {
  let ok = 0;
  let checksum = 0;
  let parseMs = 0;
  let calcMs = 0;
  for (const payload of list) {
    const t0 = performance.now();
    const input: unknown = JSON.parse(payload);
    const t1 = performance.now();
    const outcome = calculate(input);
    parseMs += t1 - t0;
    calcMs += performance.now() - t1;
    if (outcome.ok) {
      ok++;
      checksum += outcome.result.months.length;
    }
  }
  return { ok, checksum, parseMs, calcMs };
}

// `BENCH_HASH=1 npm run bench` prints a hash of every result, to check that a change to the core left them all unchanged.
if (process.env.BENCH_HASH) {
  const hash = createHash('sha256');
  for (const payload of payloads) hash.update(JSON.stringify(calculate(JSON.parse(payload))));
  console.log(`results hash:   ${hash.digest('hex').slice(0, 16)}`);
}

run(payloads.slice(0, WARM_UP));

// Three timed passes over all the cases; the median pass is reported (the machine may be busy).
const passes = [run(payloads), run(payloads), run(payloads)].sort((a, b) => a.calcMs - b.calcMs);
const { ok, checksum, parseMs, calcMs } = passes[1];
const ms = parseMs + calcMs;
const perSecond = CASES / (ms / 1000);
const calcPerSecond = CASES / (calcMs / 1000);

console.log(`cases:          ${CASES} (seed ${SEED}, ${(bytes / CASES / 1024).toFixed(1)} KiB of JSON each on average; ${ok} valid, checksum ${checksum})`);
console.log(`calculate:      ${Math.round(calcPerSecond)} cases/s (${((calcMs * 1000) / CASES).toFixed(1)} µs per case; median of 3 passes: ${passes.map((p) => p.calcMs.toFixed(0)).join(' / ')} ms; warm-up ${WARM_UP} cases)`);
console.log(`with JSON.parse: ${Math.round(perSecond)} cases/s end to end (JSON.parse ${parseMs.toFixed(0)} ms + calculate ${calcMs.toFixed(0)} ms)`);
console.log(`target ${TARGET_PER_SECOND}/s for calculate: ${calcPerSecond >= TARGET_PER_SECOND ? 'met' : `NOT met (${((calcPerSecond / TARGET_PER_SECOND) * 100).toFixed(0)} % of the target)`}`);
if (ok !== CASES) {
  console.error(`${CASES - ok} generated cases were rejected: the generator is out of step with the case format.`);
  process.exitCode = 1;
}
