/** The widget on a partner's page served from another origin: loader, height, options, results, hostility. */
import type { Page } from '@playwright/test';
import { encodeCase } from '../src/ui/calculator/shareLink';
import { calcLocales, expect, test } from './fixtures';

const APP = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;
const HOST = `http://127.0.0.1:${process.env.E2E_HOST_PORT ?? 4174}`;

/** C1 of EXAMPLES.md as a prefill: leave 2026-03-02, birth 2026-05-11, 180 000 a month 2024-05…2026-02. */
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
const C1_CASE = encodeCase(C1, true).slice('case='.length);

function loader(attrs: Record<string, string>): string {
  return `${HOST}/loader.html?${new URLSearchParams(attrs).toString()}`;
}

async function frameOf(page: Page) {
  const element = page.locator('iframe');
  await expect(element).toHaveCount(1);
  const frame = page.frameLocator('iframe');
  await frame.locator('h1').waitFor();
  return { element, frame };
}

/** The frame's height follows its content: equal to the document's height, and no inner scrollbar. */
async function expectFits(page: Page) {
  await expect
    .poll(async () => {
      const frameHeight = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
      const content = await page.frames()[1].evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      return Math.abs(frameHeight - content);
    })
    .toBeLessThanOrEqual(1);
  const scroll = await page.frames()[1].evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
  expect(scroll).toBeLessThanOrEqual(0);
}

test('the loader puts a titled iframe in its place, with the options it was given', async ({ page }) => {
  await page.goto(loader({ lang: 'ru', theme: 'dark', accent: '#0a7' }));
  const { element, frame } = await frameOf(page);
  await expect(element).toHaveAttribute('title', 'Калькулятор выплат ГФСС');
  expect(await page.locator('#slot > iframe + script').count()).toBe(1);
  await expect(frame.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
  const accent = await frame.locator('html').evaluate((el) => getComputedStyle(el).getPropertyValue('--accent').trim());
  expect(accent).toBe('#0a7');
  const bg = await frame.locator('html').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(bg).toBe('rgb(20, 24, 28)'); // the dark theme's background
  await expectFits(page);
});

test('the frame height follows the content as sections open and close, with no inner scrollbar', async ({ page }) => {
  await page.goto(loader({ lang: 'kk', case: C1_CASE }));
  const { element, frame } = await frameOf(page);
  await expect(frame.getByTestId('maternity-net')).toHaveAttribute('data-value', '612360.00');
  await expectFits(page);
  const before = await element.evaluate((f) => f.getBoundingClientRect().height);
  // Open the folded list of assumptions: the frame grows.
  await frame.getByText(calcLocales.kk.explain.assumptions_title_other.split('{{')[0].trim()).click();
  await expect.poll(() => element.evaluate((f) => f.getBoundingClientRect().height)).toBeGreaterThan(before + 50);
  await expectFits(page);
  // Fold a section of steps: the frame shrinks.
  const grown = await element.evaluate((f) => f.getBoundingClientRect().height);
  await frame.locator('.result summary').first().click();
  await expect.poll(() => element.evaluate((f) => f.getBoundingClientRect().height)).toBeLessThan(grown - 50);
  await expectFits(page);
});

test('a prefilled case shows its figures inside the frame', async ({ page }) => {
  await page.goto(loader({ lang: 'ru', case: C1_CASE }));
  const { frame } = await frameOf(page);
  await expect(frame.getByTestId('maternity-net')).toHaveAttribute('data-value', '612360.00');
  await expect(frame.getByTestId('childcare-total-net')).toHaveAttribute('data-value', '962280.00');
});

test('with data-emit-results the host receives the result, and the widget says so', async ({ page }) => {
  await page.goto(loader({ lang: 'ru', case: C1_CASE, 'emit-results': '' }));
  const { frame } = await frameOf(page);
  await expect(frame.getByText(HOST, { exact: false })).toBeVisible();
  await expect.poll(() => page.evaluate(() => (window as unknown as { results: { maternity?: { net: string } }[] }).results.at(-1)?.maternity?.net)).toBe('612360.00');
  const messages = await page.evaluate(() => (window as unknown as { received: { origin: string; data: { type: string; version: number } }[] }).received);
  const results = messages.filter((m) => m.data?.type === 'result');
  expect(results.length).toBeGreaterThan(0);
  expect(results.every((m) => m.origin === APP && m.data.version === 1)).toBe(true);
});

test('without data-emit-results the host receives no result, even when it asks', async ({ page }) => {
  await page.goto(loader({ lang: 'ru', case: C1_CASE }));
  const { frame } = await frameOf(page);
  await expect(frame.getByTestId('maternity-net')).toHaveAttribute('data-value', '612360.00');
  await page.evaluate(() => document.querySelector('iframe')?.contentWindow?.postMessage({ source: 'gfss-calc-host', version: 1, type: 'request-result' }, '*'));
  await page.waitForTimeout(300);
  const messages = await page.evaluate(() => (window as unknown as { received: { data: { type: string } }[] }).received);
  expect(messages.filter((m) => m.data?.type === 'result')).toEqual([]);
  expect(messages.filter((m) => m.data?.type === 'height').length).toBeGreaterThan(0);
  await expect(frame.getByText(HOST)).toHaveCount(0);
});

test('a message from another origin is ignored, and results never go to another origin', async ({ page }) => {
  // The widget was told to send results to :4175; the page at :4174 asks for them and listens.
  const src = `${APP}/widget.html?lang=ru&emit=1&origin=${encodeURIComponent('http://127.0.0.1:4175')}#case=${C1_CASE}`;
  await page.goto(`${HOST}/iframe.html?src=${encodeURIComponent(src)}`);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByTestId('maternity-net')).toHaveAttribute('data-value', '612360.00');
  await page.evaluate(() => document.querySelector('iframe')?.contentWindow?.postMessage({ source: 'gfss-calc-host', version: 1, type: 'request-result' }, '*'));
  await page.waitForTimeout(300);
  const messages = await page.evaluate(() => (window as unknown as { received: { data: { type: string } }[] }).received);
  expect(messages.filter((m) => m.data?.type === 'result')).toEqual([]);

  // The loader ignores a forged height message that does not come from its frame: the frame keeps fitting
  // its content and never takes the forged height.
  await page.goto(loader({ lang: 'ru' }));
  const { element, frame: loaded } = await frameOf(page);
  await loaded.locator('.calculator[data-ready="true"]').waitFor();
  await expectFits(page);
  await page.evaluate(() => window.postMessage({ source: 'gfss-calc', version: 1, type: 'height', height: 5 }, '*'));
  await page.waitForTimeout(200);
  expect(await element.evaluate((f) => f.getBoundingClientRect().height)).toBeGreaterThan(300);
  await expectFits(page);
});

test('hostile options change nothing and run nothing', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.goto(
    loader({
      lang: '<script>alert(1)</script>',
      theme: 'dark;background:red',
      accent: 'red;background:url(http://127.0.0.1:9/x)',
      bg: 'url(javascript:alert(1))',
      case: '"><img src=x onerror=alert(1)>',
    }),
  );
  const { frame } = await frameOf(page);
  const html = frame.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'light');
  await expect(html).not.toHaveAttribute('data-bg', /.*/);
  expect(await html.evaluate((el) => el.style.getPropertyValue('--accent'))).toBe('');
  expect(await html.evaluate((el) => getComputedStyle(el).getPropertyValue('--accent').trim())).toBe('#0a6e6e');
  await expect(html).toHaveAttribute('lang', /^(kk|ru)$/);
  await expect(frame.getByText(calcLocales.kk.notices.prefill_invalid).or(frame.getByText(calcLocales.ru.notices.prefill_invalid))).toBeVisible();
  expect(dialogs).toBe(0);
  expect(requests.filter((u) => !u.startsWith(APP) && !u.startsWith(HOST))).toEqual([]);
});

test('a plain iframe works too, for sites that strip scripts', async ({ page }) => {
  await page.goto(`${HOST}/iframe.html?src=${encodeURIComponent(`${APP}/widget.html?lang=kk#case=${C1_CASE}`)}`);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByTestId('childcare-monthly-net')).toHaveAttribute('data-value', '53460.00');
  await expect(frame.locator('html')).toHaveAttribute('lang', 'kk');
});

test('the widget page may be framed by any site; the calculator page may not', async ({ request }) => {
  const widget = await request.get(`${APP}/widget.html`);
  expect(widget.headers()['content-security-policy']).toContain('frame-ancestors *');
  expect(widget.headers()['x-frame-options']).toBeUndefined();
  const app = await request.get(`${APP}/`);
  expect(app.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(app.headers()['x-frame-options']).toBe('DENY');
});

for (const lang of ['kk', 'ru'] as const) {
  test(`the widget and the embedding guide have no accessibility violations (${lang}, dark and light)`, async ({ page, axe }) => {
    test.slow(); // four axe passes (two themes, the guide) take about 30 s on this 2-core machine
    await page.goto(`${APP}/widget.html?lang=${lang}&theme=dark#case=${C1_CASE}`);
    await expect(page.getByTestId('maternity-net')).toBeVisible();
    await axe(page);
    await page.goto(`${APP}/embed.html?lang=${lang}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await axe(page);
  });
}

test('the embedding guide generates the snippet and previews it live', async ({ page }) => {
  await page.goto(`${APP}/embed.html?lang=ru`);
  const snippet = page.getByLabel(/Одна строка со скриптом/);
  await expect(snippet).toHaveValue(`<script src="${APP}/embed.js" data-lang="ru" async></script>`);
  await page.getByLabel('Тёмная').check();
  await page.getByLabel('Передавать результат моей странице').check();
  await expect(snippet).toHaveValue(`<script src="${APP}/embed.js" data-lang="ru" data-theme="dark" data-emit-results async></script>`);
  const preview = page.frameLocator('iframe.preview-frame');
  await expect(preview.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByLabel('Казахский').check();
  await expect(preview.locator('html')).toHaveAttribute('lang', 'kk');
});
