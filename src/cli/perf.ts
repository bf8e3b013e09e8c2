/**
 * `npm run perf`: builds the app, then prints for the calculator and the widget the JavaScript and CSS loaded
 * before the first screen (gzip) and a Lighthouse run in its mobile profile (slow 4G, 4× CPU slowdown) on the
 * Debian Chromium: performance, accessibility and best-practices scores, LCP and TBT. Then, on the slow phone of
 * src/cli/slowPhone.ts (400 kbit/s, 400 ms, CPU 4×), when the calculator takes its first screen over and when a
 * shared link shows its answer.
 * Targets (issue 5): performance ≥ 98, accessibility 100, best practices 100, LCP < 1.8 s, first-screen JS < 150 KB.
 */
import { execSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { get } from 'node:http';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { kb, pageWeights } from './firstScreen';
import { measureSlowPhone } from './slowPhone';

const PORT = 4190;
/** Another build to measure (an older commit's dist), when comparing before and after. */
const DIST = process.env.PERF_DIST ?? 'dist';
const RUNS = Number(process.env.PERF_RUNS ?? 3);

if (!process.env.PERF_NO_BUILD) execSync('npm run --silent build', { stdio: 'inherit' });
const server = spawn('npx', ['vite', 'preview', '--outDir', DIST, '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], { stdio: ['ignore', 'ignore', 'inherit'], detached: true });
const stop = () => {
  if (server.pid) process.kill(-server.pid);
};
process.on('exit', stop);

const isUp = () =>
  new Promise<boolean>((done) => {
    const req = get(`http://127.0.0.1:${PORT}/`, (res) => {
      res.resume();
      done(res.statusCode === 200);
    });
    req.on('error', () => done(false));
  });

async function waitForServer() {
  for (let i = 0; i < 150; i++) {
    if (await isUp()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the preview server did not start');
}

interface Scores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcp: number;
  tbt: number;
}

async function audit(url: string): Promise<Scores> {
  const chrome = await chromeLauncher.launch({
    chromePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] });
    if (!result) throw new Error(`no Lighthouse result for ${url}`);
    const { categories, audits } = result.lhr;
    return {
      performance: Math.round((categories.performance.score ?? 0) * 100),
      accessibility: Math.round((categories.accessibility.score ?? 0) * 100),
      bestPractices: Math.round((categories['best-practices'].score ?? 0) * 100),
      lcp: audits['largest-contentful-paint'].numericValue ?? NaN,
      tbt: audits['total-blocking-time'].numericValue ?? NaN,
    };
  } finally {
    await chrome.kill();
  }
}

/** The median run by performance score (Lighthouse varies from run to run on a busy machine). */
async function medianAudit(url: string): Promise<Scores> {
  const runs: Scores[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await audit(url));
  return runs.sort((a, b) => a.performance - b.performance || b.lcp - a.lcp)[Math.floor(runs.length / 2)];
}

await waitForServer();
const weights = pageWeights(DIST);
console.log(`\nfirst screen (gzip) and Lighthouse mobile profile, median of ${RUNS} runs:`);
for (const [page, path] of [['index.html', '/'], ['widget.html', '/widget.html']] as const) {
  const w = weights.find((x) => x.page === page);
  const s = await medianAudit(`http://127.0.0.1:${PORT}${path}`);
  console.log(
    `${page.padEnd(12)} JS ${kb(w?.jsGzip ?? 0)} (${kb(w?.beforePaintGzip ?? 0)} before paint)  CSS ${kb(w?.cssGzip ?? 0)}  engine after paint ${kb(w?.afterPaintGzip ?? 0)} | ` +
      `performance ${s.performance}  accessibility ${s.accessibility}  best practices ${s.bestPractices}  LCP ${(s.lcp / 1000).toFixed(2)} s  TBT ${Math.round(s.tbt)} ms`,
  );
}
const slow = await measureSlowPhone(`http://127.0.0.1:${PORT}`, RUNS);
console.log(
  `slow phone (Pixel 7, 400 kbit/s, 400 ms, CPU 4×), median of ${RUNS} runs: ` +
    `take-over ${(slow.medianTakeoverMs / 1000).toFixed(2)} s  shared-link answer ${(slow.medianLinkAnswerMs / 1000).toFixed(2)} s`,
);
stop();
process.exit(0);
