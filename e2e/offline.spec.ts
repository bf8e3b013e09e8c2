/** Offline after the first visit (service worker), a newer version announced, installable in both languages. */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { CalculatorPage } from './calculator';
import { calcLocales, expect, locales, test } from './fixtures';

test.use({ serviceWorkers: 'allow' });

async function controlled(page: import('@playwright/test').Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
  });
}

/** Asks the browser to check for a new version, waits for one found to install, and says if one now waits. */
async function checkForUpdate(): Promise<boolean> {
  const registration = await navigator.serviceWorker.ready;
  await registration.update();
  const installing = registration.installing;
  if (installing) await new Promise<void>((settled) => installing.addEventListener('statechange', () => installing.state !== 'installing' && settled()));
  return registration.waiting !== null;
}

test('after the first visit the calculator works with the network off', async ({ page, context }) => {
  const calc = new CalculatorPage(page, 'ru');
  await calc.open();
  await controlled(page);
  await context.setOffline(true);
  await page.goto('/?lang=kk');
  const offline = new CalculatorPage(page, 'kk');
  await offline.open();
  await offline.enterC1('180000');
  await expect(offline.value('maternity-net')).toHaveAttribute('data-value', '612360.00');
  // Other pages too, whatever their query.
  await page.goto('/widget.html?lang=ru&theme=dark');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Калькулятор выплат ГФСС');
  await page.goto('/embed.html?lang=ru');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await context.setOffline(false);
});

/**
 * A host of its own for the update test, serving the production build: `deploy()` makes it answer /sw.js with
 * other bytes from then on, as a real host does once a new build is deployed (the browser compares the bytes).
 */
const deployable = test.extend<{ deploy: () => void }, { host: { url: string; deploy: () => void } }>({
  host: [
    // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies as a destructured object
    async ({}, use) => {
      const dist = resolve(import.meta.dirname, '..', 'dist');
      let build = 0;
      const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json' };
      const server = createServer(async (req, res) => {
        const path = new URL(req.url ?? '/', 'http://host').pathname;
        const file = normalize(join(dist, path.endsWith('/') ? `${path}index.html` : path));
        if (!file.startsWith(dist)) return void res.writeHead(404).end();
        try {
          let body: Buffer | string = await readFile(file);
          if (path === '/sw.js' && build > 0) body = `${body}\n// build ${build}\n`;
          res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' }).end(body);
        } catch {
          res.writeHead(404).end();
        }
      });
      await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
      const { port } = server.address() as AddressInfo;
      await use({ url: `http://127.0.0.1:${port}`, deploy: () => void build++ });
      await new Promise((done) => server.close(done));
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ host }, use) => use(host.url),
  deploy: async ({ host }, use) => use(host.deploy),
});

deployable('a newer version is announced, and taking it reloads the page keeping the values', async ({ page, deploy }) => {
  const calc = new CalculatorPage(page, 'ru');
  await calc.open();
  await controlled(page);
  await calc.birthDate('11.05.2026');
  // A new build is deployed, and the browser checks for it (it would at the next navigation; here at once).
  deploy();
  expect(await page.evaluate(checkForUpdate)).toBe(true);
  const notice = page.getByText(locales.ru.app.update_ready);
  await expect(notice).toBeVisible({ timeout: 15_000 });
  // Taking the new version reloads the page: listen for the load before clicking, so it cannot be missed.
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: locales.ru.app.update_now }).click()]);
  await new CalculatorPage(page, 'ru').open();
  await expect(calc.birthDateInput()).toHaveValue('11.05.2026');
  // The reloaded page registers /sw.js again and checks it: the same bytes as the version now running, so no
  // other version installs and waits, and nothing is announced.
  expect(await page.evaluate(checkForUpdate)).toBe(false);
  await expect(page.getByText(locales.ru.app.update_ready)).toHaveCount(0);
});

test('installable: a manifest in the page language, with names in both languages and icons', async ({ page, request }) => {
  await page.goto('/?lang=ru');
  await page.locator('.calculator[data-ready="true"]').waitFor();
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.ru.webmanifest');
  for (const lang of ['kk', 'ru'] as const) {
    const manifest = await (await request.get(`/manifest.${lang}.webmanifest`)).json();
    expect(manifest.lang).toBe(lang);
    expect(manifest.name).toBe(lang === 'kk' ? 'МӘСҚ төлемдерінің калькуляторы' : 'Калькулятор выплат ГФСС');
    expect(manifest.display).toBe('standalone');
    for (const icon of manifest.icons) expect((await request.get(`/${icon.src}`)).ok(), icon.src).toBe(true);
    expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  }
  void calcLocales;
});
