import { calcLocales, expect, locales, test, type Lang } from './fixtures';

for (const lang of ['kk', 'ru'] as const satisfies readonly Lang[]) {
  test(`the first page renders in ${lang} with no accessibility violations`, async ({ page, axe }) => {
    await page.goto(`/?lang=${lang}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(locales[lang].app.title);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByRole('heading', { name: calcLocales[lang].form.dates.title, exact: true })).toBeVisible();
    await axe(page);
  });
}

test('without ?lang the browser language decides, and Kazakh is the default', async ({ browser }) => {
  const ru = await browser.newContext({ locale: 'ru-RU' });
  const ruPage = await ru.newPage();
  await ruPage.goto('/');
  await expect(ruPage.locator('html')).toHaveAttribute('lang', 'ru');
  await ru.close();

  const en = await browser.newContext({ locale: 'en-US' });
  const enPage = await en.newPage();
  await enPage.goto('/');
  await expect(enPage.locator('html')).toHaveAttribute('lang', 'kk');
  await expect(enPage.getByRole('heading', { level: 1 })).toHaveText(locales.kk.app.title);
  await en.close();
});

test('switching the language changes the page in place and survives a reload', async ({ page }) => {
  await page.goto('/?lang=kk');
  await page.getByRole('link', { name: 'Русский' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(locales.ru.app.title);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('link', { name: 'Русский' })).toHaveAttribute('aria-current', 'true');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(locales.ru.app.title);
});

test('the page loads only the active language', async ({ page }) => {
  const localeChunks: string[] = [];
  page.on('request', (r) => {
    if (/\/assets\/(common|errors)-/.test(r.url())) localeChunks.push(r.url());
  });
  await page.goto('/?lang=ru');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(locales.ru.app.title);
  expect(localeChunks).toHaveLength(2);
});

test('at 390 px wide nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const lang of ['kk', 'ru']) {
    await page.goto(`/?lang=${lang}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  }
});
