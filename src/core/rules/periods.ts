/**
 * The months of the child's life the childcare payments are for (Social Code art. 84): payment i covers the day
 * of birth + i months up to the day before birth + i + 1 months. 18 payments for children born from
 * 2022-01-02, 12 before (Ministry, gfss.kz). The state childcare allowance is paid for the same months.
 */
import type { Context } from '../context';
import { addDays, addMonths, type IsoDate } from '../dates';
import { CHILDCARE_PAYMENTS } from '../params/benefits';

export interface Period {
  from: IsoDate;
  to: IsoDate;
}

export function childcarePayments(ctx: Context, birthDate: IsoDate): number {
  return ctx.param(CHILDCARE_PAYMENTS, birthDate).value;
}

export function paymentPeriods(rightDate: IsoDate, payments: number): Period[] {
  return Array.from({ length: payments }, (_, i) => ({ from: addMonths(rightDate, i), to: addDays(addMonths(rightDate, i + 1), -1) }));
}
