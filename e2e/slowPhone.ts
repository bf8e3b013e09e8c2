/**
 * The slow phone of src/cli/slowPhone.ts (400 kbit/s both ways, 400 ms latency, CPU 4× slower) for a browser
 * test that needs it: `await slowPhone(page)` before navigating, `await fastAgain(page)` to go back to full speed.
 * Use it with the phone project (Pixel 7); the throttling lives in a CDP session, so Chromium only.
 */
import type { CDPSession, Page } from '@playwright/test';
import { throttle } from '../src/cli/slowPhone';

/** The session that holds a page's throttling: Chromium drops the emulation when its session goes. */
const sessions = new WeakMap<Page, CDPSession>();

export async function slowPhone(page: Page): Promise<void> {
  const cdp = sessions.get(page) ?? (await page.context().newCDPSession(page));
  sessions.set(page, cdp);
  await throttle(cdp);
}

export async function fastAgain(page: Page): Promise<void> {
  const cdp = sessions.get(page);
  if (!cdp) return;
  sessions.delete(page);
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await cdp.send('Network.disable');
  await cdp.detach();
}
