/** Runs `start` once the browser has painted the page as it stands (the frame after the next one begins). */
export function afterFirstPaint(start: () => unknown): void {
  const go = () => requestAnimationFrame(() => setTimeout(start, 0));
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', go, { once: true });
  else go();
}

/** Runs `start` when the browser is idle (or after `timeout` ms at the latest): work the user does not wait for. */
export function whenIdle(start: () => unknown, timeout = 1500): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(() => start(), { timeout });
  else setTimeout(start, 200);
}
