/**
 * The acts the rules rest on, with links to their official text (adilet.zan.kz, the Ministry of Justice's
 * legal database). A rule names an act and an article; the interface turns that into a link.
 */
export type ActId =
  | 'social_code'
  | 'labour_code'
  | 'budget_law'
  | 'insurance_law'
  | 'allowances_law'
  | 'pension_law'
  | 'tax_code'
  | 'government_decree'
  | 'seed_article'
  | 'ministry'
  | 'press'
  | 'assumption';

export interface Act {
  id: ActId;
  title: string;
  url?: { kk: string; ru: string };
}

export const ACTS: Record<ActId, Act> = {
  social_code: {
    id: 'social_code',
    title: 'Social Code of the Republic of Kazakhstan, 20.04.2023 No. 224-VII (in force 01.07.2023)',
    url: { kk: 'https://adilet.zan.kz/kaz/docs/K2300000224', ru: 'https://adilet.zan.kz/rus/docs/K2300000224' },
  },
  labour_code: {
    id: 'labour_code',
    title: 'Labour Code of the Republic of Kazakhstan, 23.11.2015 No. 414-V',
    url: { kk: 'https://adilet.zan.kz/kaz/docs/K1500000414', ru: 'https://adilet.zan.kz/rus/docs/K1500000414' },
  },
  budget_law: { id: 'budget_law', title: 'The republican budget law of the year' },
  insurance_law: { id: 'insurance_law', title: 'Law on compulsory social insurance of 26.12.2019 (in force 2020–2023)' },
  allowances_law: {
    id: 'allowances_law',
    title: 'Law on state allowances to families with children of 28.06.2005 No. 63 (in force until 01.07.2023)',
    url: { kk: 'https://adilet.zan.kz/kaz/docs/Z050000063_', ru: 'https://adilet.zan.kz/rus/docs/Z050000063_' },
  },
  pension_law: { id: 'pension_law', title: 'Law on pension provision (1997, 2013)' },
  tax_code: { id: 'tax_code', title: 'Tax Code of the Republic of Kazakhstan (the single payment)' },
  government_decree: { id: 'government_decree', title: 'Government decree of 29.12.2007 No. 1381 (social contribution rates)' },
  seed_article: { id: 'seed_article', title: 'Article by a director of the State Social Insurance Fund (2009)' },
  ministry: { id: 'ministry', title: 'Ministry of Labour and Social Protection / State Social Insurance Fund publications' },
  press: { id: 'press', title: 'Press and accountants\u2019 publications (secondary)' },
  assumption: { id: 'assumption', title: 'The calculator\u2019s reading where no source settles it (RULES.md, ASSUMED)' },
};

export interface LegalRef {
  act: ActId;
  article?: string;
  point?: string;
}

export const ref = (act: ActId, article?: string, point?: string): LegalRef => ({ act, article, point });

/**
 * Where a parameter's value comes from: an act and its article (linked to its official text where the act has
 * one), or a publication, with a few words of what it says or how it is read, and its address where known.
 */
export interface Source extends LegalRef {
  note?: string;
  url?: string;
}

export const src = (act: ActId, more: Omit<Source, 'act'> = {}): Source => ({ act, ...more });
