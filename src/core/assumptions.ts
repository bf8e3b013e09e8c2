/**
 * Every reading of the law that no source settles (RULES.md, status ASSUMED), in one place. The rules cite
 * these ids; the result lists the ones a calculation relied on, and the interface explains them. When a
 * source settles one, change the rule that cites it and this entry, nowhere else.
 */
export type AssumptionId =
  | 'rounding'
  | 'childcare_floor_gross_up'
  | 'floor_mrp_by_period'
  | 'cap_mzp_of_the_month'
  | 'entrepreneur_declared_income'
  | 'statement_counts_as_recorded'
  | 'special_regime_income'
  | 'deadline_corresponding_date'
  | 'pension_topup_per_parent';

export const ASSUMPTIONS: Record<AssumptionId, string> = {
  rounding:
    'No source gives the Fund\u2019s rounding: each payable amount is rounded once, half-up to the tiyn; ОПВ is 10 % of the rounded gross, rounded the same way; net = gross − ОПВ. Official figures may differ by a tenge.',
  childcare_floor_gross_up:
    'The childcare payment may not be lower than the state childcare allowance "with pension contributions additionally calculated" (art. 85 p.2): read as a gross floor of allowance ÷ (1 − 10 %), so that the parent keeps at least the allowance after ОПВ.',
  floor_mrp_by_period:
    'Each monthly payment\u2019s floor uses the МРП in force on the first day of the month of the child\u2019s life it pays for, so the floor changes when the МРП does.',
  cap_mzp_of_the_month:
    'The per-payer cap of a month\u2019s base uses the МЗП in force in that month, also in 2008 and 2009 when the МЗП rose on 1 July.',
  entrepreneur_declared_income:
    'For an individual entrepreneur the income entered is the declared income on which contributions were paid; no ОПВ is deducted from it.',
  statement_counts_as_recorded:
    'A base or contributions taken from the Fund\u2019s statement count as recorded: the per-payer cap applies, the 1 МЗП floor does not (a salary is raised to the floor because contributions are due on at least 1 МЗП).',
  special_regime_income:
    'For the self-employed on the special tax regime and platform workers from 2026, the income is capped at 7 МЗП first (arts. 101-1 p.3, 102-1 p.2), gives contributions of 1 % and a base of contributions ÷ 5 % (at most 119 000 a month in 2026); no floor applies. A statement\u2019s base for such a payer is read as the income the 1 % was charged on.',
  deadline_corresponding_date:
    'A period counted in months (application deadlines, the 1 or 1.5 years of childcare) ends on the corresponding date of its last month.',
  pension_topup_per_parent:
    'The budget\u2019s pension top-up is counted per parent: 10 % of the average monthly income less all ОПВ withheld from that month\u2019s payments, never below zero.',
};
