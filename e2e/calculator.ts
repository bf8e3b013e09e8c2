/**
 * A page object for the calculator: it fills the form as a person would (labels, buttons, typing) and reads
 * the results through their stable hooks (`data-testid` + `data-value`). Labels come from the locale files.
 */
import type { Locator, Page } from '@playwright/test';
import { formatMonth } from '../src/ui/format';
import { calcLocales, type Lang } from './fixtures';

export type LeaveCase = 'normal' | 'complicated' | 'multiple' | 'zone' | 'zone_complicated' | 'adoption';

export class CalculatorPage {
  readonly l: (typeof calcLocales)[Lang];
  private payerKind: 'employee' | 'entrepreneur' | 'self_employed_special' | 'platform_worker' = 'employee';

  constructor(
    readonly page: Page,
    readonly lang: Lang,
  ) {
    this.l = calcLocales[lang];
  }

  async open(hash = '') {
    await this.page.goto(`/?lang=${this.lang}${hash}`);
    await this.page.getByRole('heading', { name: this.l.form.dates.title, exact: true }).waitFor();
    // The engine (the calc core, saved data, links) loads after the first paint.
    await this.page.locator('.calculator[data-ready="true"]').waitFor();
  }

  async payer(kind: 'employee' | 'entrepreneur' | 'self_employed_special' | 'platform_worker') {
    await this.page.getByRole('radio', { name: this.l.form.payer[kind], exact: true }).check();
    this.payerKind = kind;
  }

  async leaveCase(c: LeaveCase) {
    await this.page.getByLabel(this.l.form.leaveCase.legend).selectOption(c);
  }

  async leaveSource(source: 'sheet' | 'estimate' | 'none') {
    await this.page.getByRole('radio', { name: this.l.form.leaveSource[source], exact: true }).check();
  }

  leaveStartInput(): Locator {
    return this.page.getByRole('textbox', { name: this.l.form.leaveStart.sheet, exact: true });
  }

  async leaveStart(date: string) {
    await this.leaveStartInput().fill(date);
  }

  birthDateInput(): Locator {
    return this.page.getByRole('textbox', { name: new RegExp(`^(${this.l.form.birthDate.expected}|${this.l.form.birthDate.born})$`) });
  }

  async birthDate(date: string) {
    await this.birthDateInput().fill(date);
  }

  async childrenBorn(n: number) {
    await this.page.getByLabel(this.l.form.childrenBorn.legend).selectOption(String(n));
  }

  async birthOrder(n: number) {
    await this.page.getByLabel(this.l.form.birthOrder.legend).selectOption(String(n));
  }

  async incomeKind(kind: 'salary' | 'base' | 'contributions') {
    await this.page.getByRole('radio', { name: this.l.form.incomeKind[kind], exact: true }).check();
  }

  async addPayer() {
    await this.page.getByRole('button', { name: this.l.form.income.add_payer }).click();
  }

  payerLabel(p: number): string {
    const label = this.payerKind === 'employee' ? this.l.form.income.employer : this.l.form.income.source;
    return label.replace('{{n}}', String(p + 1));
  }

  /** "Fill every month before the leave" for one payer column. */
  /** C1 of EXAMPLES.md: leave 2026-03-02, birth 2026-05-11, `amount` (180 000) every month 2024-05…2026-02. */
  async enterC1(amount = '180 000') {
    await this.birthDate('11.05.2026');
    await this.leaveStart('02.03.2026');
    await this.fillAll(amount);
  }

  async fillAll(amount: string, payer = 0) {
    const label = this.l.form.income.fill_label.replace('{{payer}}', this.payerLabel(payer));
    await this.page.getByRole('textbox', { name: label, exact: true }).fill(amount);
    await this.page.getByRole('button', { name: this.l.form.income.fill_button }).nth(payer).click();
  }

  month(month: string, payer = 0): Locator {
    return this.page.getByRole('textbox', { name: `${formatMonth(month, this.lang)}, ${this.payerLabel(payer)}`, exact: true });
  }

  async setMonth(month: string, amount: string, payer = 0) {
    await this.month(month, payer).fill(amount);
  }

  /** Pastes text into a field as a spreadsheet or a PDF puts it on the clipboard. */
  async paste(target: Locator, text: string) {
    await target.focus();
    await target.evaluate((el, data) => {
      const transfer = new DataTransfer();
      transfer.setData('text/plain', data);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    }, text);
  }

  value(testId: string): Locator {
    return this.page.getByTestId(testId);
  }

  async amounts(): Promise<Record<string, string | null>> {
    const out: Record<string, string | null> = {};
    for (const id of ['maternity-gross', 'maternity-net', 'childcare-monthly-gross', 'childcare-monthly-net', 'childcare-total-net']) {
      const el = this.value(id);
      out[id] = (await el.count()) > 0 ? await el.getAttribute('data-value') : null;
    }
    return out;
  }
}
