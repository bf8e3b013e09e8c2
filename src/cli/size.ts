/**
 * `npm run size`: fails when the first-screen JavaScript of the calculator or the widget grows past its
 * budget (gzip), so the budget cannot erode silently. Run after `npm run build`; part of `npm test`.
 */
import { BUDGETS, kb, pageWeights } from './firstScreen';

let failed = false;
for (const w of pageWeights()) {
  const budget = BUDGETS[w.page];
  const verdict = budget === undefined ? '' : w.jsGzip <= budget ? `within ${kb(budget)}` : `OVER the budget of ${kb(budget)}`;
  console.log(`${w.page.padEnd(12)} first-screen JS ${kb(w.jsGzip).padStart(9)} (${kb(w.beforePaintGzip)} before the first paint) + CSS ${kb(w.cssGzip).padStart(7)} (gzip); engine after first paint ${kb(w.afterPaintGzip)} ${verdict}`);
  if (budget !== undefined && w.jsGzip > budget) failed = true;
}
if (failed) {
  console.error('The first-screen JavaScript is over budget: load what the first screen does not need later.');
  process.exitCode = 1;
}
