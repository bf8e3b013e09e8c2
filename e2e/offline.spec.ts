/** Offline after the first visit (service worker), a newer version announced, installable in both languages. */
import { CalculatorPage } from './calculator';
import { calcLocales, expect, locales, test } from './fixtures';

test.use({ serviceWorkers: 'allow' });

async function controlled(page: import('@playwright/test').Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
  });
}

test('after the first visit the calculator works with the network off', async ({ page, context }) => {
  const calc = new CalculatorPage(page, 'ru');
  await calc.open();
  await controlled(page);
  await context.setOffline(true);
  await page.goto('/?lang=kk');
  const offline = new CalculatorPage(page, 'kk');
  await offline.open();
  await offline.birthDate('11.05.2026');
  await offline.leaveStart('02.03.2026');
  await offline.fillAll('180000');
  await expect(offline.value('maternity-net')).toHaveAttribute('data-value', '612360.00');
  // Other pages too, whatever their query.
  await page.goto('/widget.html?lang=ru&theme=dark');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Калькулятор выплат ГФСС');
  await page.goto('/embed.html?lang=ru');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await context.setOffline(false);
});

test('a newer version is announced, and taking it reloads the page keeping the values', async ({ page }) => {
  const calc = new CalculatorPage(page, 'ru');
  await calc.open();
  await controlled(page);
  await calc.birthDate('11.05.2026');
  // A new build is found: the browser installs another service worker script for the same scope (here the
  // same file under another address, which the browser takes for a new version as it would a changed file).
  await page.evaluate(() => navigator.serviceWorker.register('/sw.js?newer-build=1'));
  const notice = page.getByText(locales.ru.app.update_ready);
  await expect(notice).toBeVisible({ timeout: 15_000 });
  // Taking the new version reloads the page: listen for the load before clicking, so it cannot be missed.
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: locales.ru.app.update_now }).click()]);
  await new CalculatorPage(page, 'ru').open();
  await expect(calc.birthDateInput()).toHaveValue('11.05.2026');
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
