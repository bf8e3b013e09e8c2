/** Runs `start` once the browser has painted the page as it stands (the frame after the next one begins). */
export function afterFirstPaint(start: () => unknown): void {
  const go = () => requestAnimationFrame(() => setTimeout(start, 0));
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', go, { once: true });
  else go();
}
