/**
 * The calculator on a slow phone: how long after navigation the app takes the prerendered page over, and how
 * long a shared link takes to show its answer. Profile: Playwright's Pixel 7 on the Debian Chromium, 400 kbit/s
 * both ways with 400 ms latency, the CPU slowed down 4×, a fresh context per run (empty cache, no service worker).
 *
 * - take-over: React has hydrated the form (the payer radio carries React's props), or the app says so itself
 *   (`<html data-taken-over="true">`); ms since navigation start, as `performance.now()` in the page.
 * - shared-link answer: `/?lang=ru#case=…` (case C1 of EXAMPLES.md) shows the maternity net amount.
 * - what if, opened: on that answer, from a press of «Сравнить с другим вариантом» to the comparison's table (its
 *   code, styles and nothing else fetched then).
 * - comparison-link answer: `#case=…&compare=…` (C1 against C2) shows the comparison's grand total.
 *
 * `npx tsx src/cli/slowPhone.ts [dist-dir]` serves a build (default `dist`, built beforehand) with vite preview on
 * a free port of 4191–4199, prints the figures and the waterfall of the median take-over run, and stops the server.
 * `npm run perf` prints the two medians too (src/cli/perf.ts).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, devices, type Browser, type CDPSession } from '@playwright/test';
import { encodeCase } from '../ui/calculator/shareLink';

/** The slow phone's network and CPU, as CDP parameters (also applied to browser tests by e2e/slowPhone.ts). */
export const SLOW_NETWORK = { offline: false, latency: 400, downloadThroughput: 50_000, uploadThroughput: 50_000 };
export const SLOW_CPU = { rate: 4 };

/** Slows a page down to the slow phone through its CDP session. */
export async function throttle(cdp: CDPSession): Promise<void> {
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', SLOW_CPU);
}

/** C1 of EXAMPLES.md: leave 2026-03-02, birth 2026-05-11, 180 000 a month 2024-05…2026-02. */
const C1 = {
  version: 1 as const,
  leaveStart: '2026-03-02',
  birthDate: '2026-05-11',
  income: {
    kind: 'salary' as const,
    months: Array.from({ length: 22 }, (_, i) => {
      const index = 2024 * 12 + 4 + i;
      return { month: `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`, amounts: ['180000'] };
    }),
  },
};
export const SHARED_LINK = `/?lang=ru#${encodeCase(C1, true)}`;
/** C1 against C2 of EXAMPLES.md (the employer paid 2026-03…04 as well). */
const C2 = { ...C1, income: { ...C1.income, months: [...C1.income.months, { month: '2026-03', amounts: ['180000'] }, { month: '2026-04', amounts: ['180000'] }] } };
export const COMPARE_LINK = `${SHARED_LINK}&compare=${encodeCase(C2, true).slice('case='.length)}`;

/**
 * Installed before any script of the page: checks, every frame and every 10 ms, whether the page has been taken
 * over and whether the answer is shown, and keeps the first `performance.now()` of each. A string, so that
 * nothing the TypeScript compiler adds to a function ends up in the page.
 */
const WATCH = `(() => {
  if (window !== window.top) return;
  const marks = { takeover: null, via: null, answer: null, comparison: null };
  let done;
  marks.done = new Promise((resolve) => (done = resolve));
  window.__slowPhone = marks;
  const check = () => {
    const now = performance.now();
    if (marks.takeover === null) {
      const radio = document.querySelector('input[name="payer"]');
      if (document.documentElement && document.documentElement.dataset.takenOver === 'true') Object.assign(marks, { takeover: now, via: 'data-taken-over' });
      else if (radio && Object.keys(radio).some((k) => k.startsWith('__reactProps$'))) Object.assign(marks, { takeover: now, via: '__reactProps$' });
    }
    if (marks.answer === null && document.querySelector('[data-testid="maternity-net"][data-value]')) marks.answer = now;
    if (marks.comparison === null && document.querySelector('[data-testid="compare-grand_total-b"][data-value]')) marks.comparison = now;
    if (marks[window.__slowPhoneWaitFor] !== null && marks[window.__slowPhoneWaitFor] !== undefined) {
      clearInterval(timer);
      done();
    } else requestAnimationFrame(check);
  };
  const timer = setInterval(check, 10);
  requestAnimationFrame(check);
})();`;

type Goal = 'takeover' | 'answer' | 'comparison';

interface Request {
  url: string;
  initiator: string;
  start: number;
  response?: number;
  end?: number;
  bytes?: number;
  gzip?: boolean;
}

interface Run {
  ms: number;
  via: string;
  requests: Request[];
  milestones: Record<string, number>;
  /** On an answer: from pressing the "what if" door to its table (ms). */
  openComparisonMs?: number;
}

/** One navigation in a fresh context on the slow phone, until `goal` is reached. */
async function run(browser: Browser, url: string, goal: Goal): Promise<Run> {
  const context = await browser.newContext({ ...devices['Pixel 7'], serviceWorkers: 'block' });
  try {
    await context.addInitScript(`window.__slowPhoneWaitFor = ${JSON.stringify(goal)};\n${WATCH}`);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const requests = new Map<string, Request>();
    // CDP times are monotonic seconds; the document request's wall time maps them onto the page's clock.
    let clock: { timestamp: number; wallTime: number } | undefined;
    const at = (timestamp: number) => (clock ? (clock.wallTime + timestamp - clock.timestamp) * 1000 : NaN);
    cdp.on('Network.requestWillBeSent', (e) => {
      clock ??= { timestamp: e.timestamp, wallTime: e.wallTime };
      // Who asked: the parser (and the line's document), or a script (and the module it ran in). Elements a
      // script inserts, such as the modulepreload links of Vite's preload helper, come as `about:client`.
      const from = e.initiator.stack?.callFrames[0]?.url ?? e.initiator.stack?.parent?.callFrames[0]?.url ?? e.initiator.url;
      const by = from === 'about:client' ? 'a script-inserted element' : from;
      requests.set(e.requestId, { url: e.request.url, initiator: by ? `${e.initiator.type}: ${by}` : e.initiator.type, start: at(e.timestamp) });
    });
    cdp.on('Network.responseReceived', (e) => {
      const r = requests.get(e.requestId);
      if (!r) return;
      // When the headers came, by the network stack's own timing (the event itself may be dispatched later).
      const timing = e.response.timing;
      r.response = at(timing ? timing.requestTime + timing.receiveHeadersEnd / 1000 : e.timestamp);
      r.gzip = Object.entries(e.response.headers).some(([k, v]) => k.toLowerCase() === 'content-encoding' && v === 'gzip');
    });
    cdp.on('Network.loadingFinished', (e) => {
      const r = requests.get(e.requestId);
      if (r) Object.assign(r, { end: at(e.timestamp), bytes: e.encodedDataLength });
    });
    await throttle(cdp);

    await page.goto(url, { waitUntil: 'commit', timeout: 120_000 });
    await page.evaluate(() => (window as unknown as { __slowPhone: { done: Promise<void> } }).__slowPhone.done);
    const result = await page.evaluate(() => {
      const marks = (window as unknown as { __slowPhone: { takeover: number | null; answer: number | null; comparison: number | null; via: string | null } }).__slowPhone;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      return { marks: { takeover: marks.takeover, answer: marks.answer, comparison: marks.comparison, via: marks.via }, timeOrigin: performance.timeOrigin, fcp: paint?.startTime, dcl: nav?.domContentLoadedEventEnd, load: nav?.loadEventEnd };
    });
    const ms = result.marks[goal] ?? NaN;
    const milestones: Record<string, number> = { [goal === 'takeover' ? `take-over (${result.marks.via})` : `${goal} shown`]: ms };
    // The "what if" door, pressed on the answer: the time to its table, measured in the page.
    let openComparisonMs: number | undefined;
    if (goal === 'answer') {
      await page.locator('[data-testid="whatif-open"]').waitFor({ timeout: 60_000 });
      // A string, as WATCH: nothing the compiler adds to a function may reach the page.
      openComparisonMs = await page.evaluate<number>(`new Promise((done) => {
        const start = performance.now();
        document.querySelector('[data-testid="whatif-open"]').click();
        const look = () => (document.querySelector('[data-testid="compare-grand_total-b"]') ? done(performance.now() - start) : requestAnimationFrame(look));
        look();
      })`);
    }
    if (result.fcp) milestones['first contentful paint'] = result.fcp;
    if (result.dcl) milestones.DOMContentLoaded = result.dcl;
    if (result.load) milestones.load = result.load;
    const list = [...requests.values()].map((r) => ({
      ...r,
      start: r.start - result.timeOrigin,
      response: r.response === undefined ? undefined : r.response - result.timeOrigin,
      end: r.end === undefined ? undefined : r.end - result.timeOrigin,
    }));
    return { ms, via: result.marks.via ?? '', requests: list, milestones, openComparisonMs };
  } finally {
    await context.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The requests of a run, in the order they started, with the page's milestones among them, up to take-over. */
function waterfall({ ms, requests, milestones }: Run): string {
  const path = (url: string) => (url.startsWith('http') ? new URL(url).pathname + (new URL(url).search || '') : url);
  const t = (x: number | undefined) => (x === undefined ? '…' : Math.round(x).toString()).padStart(6);
  const rows: { at: number; line: string }[] = requests
    .filter((r) => r.start <= ms)
    .map((r) => ({
      at: r.start,
      line:
        `${t(r.start)} ${t(r.response)} ${t(r.end !== undefined && r.end <= ms ? r.end : undefined)} ` +
        `${(r.end !== undefined && r.end <= ms ? `${((r.bytes ?? 0) / 1024).toFixed(1)} KB` : '').padStart(8)}${r.gzip ? ' gz' : '   '}  ` +
        `${path(r.url)}  ← ${r.initiator.replace(/https?:\/\/[^/]+/, '')}`,
    }));
  for (const [name, at] of Object.entries(milestones)) if (at <= ms) rows.push({ at, line: `${t(at)}  ── ${name}` });
  rows.sort((a, b) => a.at - b.at);
  return [`${'start'.padStart(6)} ${'resp.'.padStart(6)} ${'end'.padStart(6)} ${'bytes'.padStart(8)}     request  ← initiator (ms since navigation start)`, ...rows.map((r) => r.line)].join('\n');
}

export async function measureSlowPhone(
  baseUrl: string,
  runs = 3,
): Promise<{
  takeoverMs: number[];
  linkAnswerMs: number[];
  medianTakeoverMs: number;
  medianLinkAnswerMs: number;
  openComparisonMs: number[];
  compareLinkMs: number[];
  bytesBeforeTakeover: number;
  waterfall: string;
}> {
  const browser = await chromium.launch({
    executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  try {
    const takeovers: Run[] = [];
    const answers: Run[] = [];
    const comparisons: Run[] = [];
    for (let i = 0; i < runs; i++) {
      takeovers.push(await run(browser, `${baseUrl}/`, 'takeover'));
      answers.push(await run(browser, `${baseUrl}${SHARED_LINK}`, 'answer'));
      comparisons.push(await run(browser, `${baseUrl}${COMPARE_LINK}`, 'comparison'));
    }
    const medianTakeoverMs = median(takeovers.map((r) => r.ms));
    const typical = takeovers.find((r) => r.ms === medianTakeoverMs) ?? takeovers[0];
    const document = typical.requests[0];
    if (document && !document.gzip) console.warn(`slow phone: ${document.url} came without Content-Encoding: gzip`);
    return {
      takeoverMs: takeovers.map((r) => r.ms),
      linkAnswerMs: answers.map((r) => r.ms),
      medianTakeoverMs,
      medianLinkAnswerMs: median(answers.map((r) => r.ms)),
      openComparisonMs: answers.map((r) => r.openComparisonMs ?? NaN),
      compareLinkMs: comparisons.map((r) => r.ms),
      bytesBeforeTakeover: typical.requests.filter((r) => r.end !== undefined && r.end <= typical.ms).reduce((sum, r) => sum + (r.bytes ?? 0), 0),
      waterfall: waterfall(typical),
    };
  } finally {
    await browser.close();
  }
}

const isFree = (port: number) =>
  new Promise<boolean>((done) => {
    const probe = createServer()
      .once('error', () => done(false))
      .listen(port, '127.0.0.1', () => probe.close(() => done(true)));
  });

const isUp = (url: string) =>
  new Promise<boolean>((done) => {
    const req = get(url, (res) => {
      res.resume();
      done(res.statusCode === 200);
    });
    req.on('error', () => done(false));
  });

async function main() {
  const dist = process.argv[2] ?? 'dist';
  if (!existsSync(resolve(dist, 'index.html'))) throw new Error(`no build in ${dist}: run npm run build first`);
  let port = 4191;
  while (port <= 4199 && !(await isFree(port))) port++;
  if (port > 4199) throw new Error('no free port in 4191–4199');
  const base = `http://127.0.0.1:${port}`;
  const server = spawn('npx', ['vite', 'preview', '--outDir', dist, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { stdio: ['ignore', 'ignore', 'inherit'], detached: true });
  const stop = () => {
    if (server.pid && server.exitCode === null) process.kill(-server.pid);
  };
  process.on('exit', stop);
  try {
    let up = false;
    for (let i = 0; i < 150 && !up; i++) {
      up = await isUp(`${base}/`);
      if (!up) await new Promise((r) => setTimeout(r, 200));
    }
    if (!up) throw new Error('the preview server did not start');
    const runs = Number(process.env.PERF_RUNS ?? 3);
    const s = await measureSlowPhone(base, runs);
    const list = (xs: number[]) => xs.map((x) => Math.round(x)).join(', ');
    console.log(`slow phone (Pixel 7, 400 kbit/s, 400 ms, CPU 4×), ${runs} runs, ${dist}:`);
    console.log(`take-over           median ${Math.round(s.medianTakeoverMs)} ms  (${list(s.takeoverMs)})`);
    console.log(`shared-link answer  median ${Math.round(s.medianLinkAnswerMs)} ms  (${list(s.linkAnswerMs)})`);
    console.log(`what if, opened     median ${Math.round(median(s.openComparisonMs))} ms  (${list(s.openComparisonMs)})`);
    console.log(`comparison link     median ${Math.round(median(s.compareLinkMs))} ms  (${list(s.compareLinkMs)})`);
    console.log(`bytes before take-over  ${(s.bytesBeforeTakeover / 1024).toFixed(1)} KB (encodedDataLength, median run)`);
    console.log(`\nwaterfall of the median take-over run:\n${s.waterfall}`);
  } finally {
    stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await main();
  process.exit(0);
}
