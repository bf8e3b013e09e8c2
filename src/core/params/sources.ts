/**
 * The acts the rules rest on, with links to their official text (adilet.zan.kz, the Ministry of Justice's
 * legal database). A rule names an act and an article; the interface turns that into a link.
 */
export type ActId = 'social_code' | 'labour_code' | 'budget_law' | 'seed_article' | 'ministry';

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
  seed_article: { id: 'seed_article', title: 'Article by a director of the State Social Insurance Fund (2009)' },
  ministry: { id: 'ministry', title: 'Ministry of Labour and Social Protection / State Social Insurance Fund publications' },
};

export interface LegalRef {
  act: ActId;
  article?: string;
  point?: string;
}

export const ref = (act: ActId, article?: string, point?: string): LegalRef => ({ act, article, point });
