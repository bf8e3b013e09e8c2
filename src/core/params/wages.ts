/**
 * МЗП (ЕТЖ, minimum monthly wage) and МРП (АЕК, monthly calculation index), set each year by the republican
 * budget law, in force from 1 January unless a date is given. Sources: the annual budget laws;
 * gov.kz/article/17157 and egov.kz "МРП" articles for 2020–2026; press for earlier years.
 * To add a year: append a line with its `from` date and source (replacing the year's forecast line), nothing else:
 * the tables are known until the end of the year of their last line that is not a forecast (params/lookup.ts).
 */
import { dec, type Exact } from '../money';
import { src, type Source } from './sources';
import type { DatedValue, Parameter } from './types';

/** The republican budget law of a year, with what else confirms the value. */
const budget = (year: number, more?: string): Source => src('budget_law', { note: more ? `${year}; ${more}` : String(year) });
/** Until the 2027–2029 budget law is found (RULES §5). */
const MRP_FORECAST = src('ministry', { note: 'Forecast of the Ministry of Labour, February 2026 (NUR.KZ, lada.kz 2026-02-16): МРП 4 606 in 2027, 4 882 in 2028, 5 126 in 2029', url: 'https://www.lada.kz/kazakhstan-news/149524-kazakhstanskie-pensionery-stanut-bogache.html' });
const NO_MZP_FORECAST = src('press', { note: 'No change announced for 2027: the 2026 value carried forward (the government said a change would be weighed with the 2027–2029 budget; zakon.kz 2025-11-20)' });

function money(from: string, value: string, source: Source, extra: Partial<DatedValue<Exact>> = {}): DatedValue<Exact> {
  return { from, value: dec(value), status: 'law', source, ...extra };
}

export const MZP: Parameter<Exact> = {
  id: 'mzp',
  description: 'Minimum monthly wage (МЗП / ЕТЖ)',
  unit: 'KZT',
  yearly: true,
  values: [
    money('2006-01-01', '9200', budget(2006), { status: 'secondary', unconfirmed: true }),
    money('2007-01-01', '9752', budget(2007), { status: 'secondary', unconfirmed: true }),
    money('2008-01-01', '10515', budget(2008)),
    money('2008-07-01', '12025', budget(2008, 'from 1 July')),
    money('2009-01-01', '13470', budget(2009)),
    money('2009-07-01', '13717', budget(2009, 'from 1 July')),
    money('2010-01-01', '14952', budget(2010)),
    money('2011-01-01', '15999', budget(2011)),
    money('2012-01-01', '17439', budget(2012)),
    money('2013-01-01', '18660', budget(2013)),
    money('2014-01-01', '19966', budget(2014)),
    money('2015-01-01', '21364', budget(2015)),
    money('2016-01-01', '22859', budget(2016)),
    money('2017-01-01', '24459', budget(2017, 'derived: equal to the subsistence minimum, as in 2010–2016'), { status: 'secondary' }),
    money('2018-01-01', '28284', budget(2018)),
    money('2019-01-01', '42500', budget(2019)),
    money('2020-01-01', '42500', budget(2020)),
    money('2021-01-01', '42500', budget(2021)),
    money('2022-01-01', '60000', budget(2022)),
    money('2023-01-01', '70000', budget(2023)),
    money('2024-01-01', '85000', budget(2024)),
    money('2025-01-01', '85000', budget(2025)),
    money('2026-01-01', '85000', budget(2026)),
    money('2027-01-01', '85000', NO_MZP_FORECAST, { status: 'forecast' }),
  ],
};

export const MRP: Parameter<Exact> = {
  id: 'mrp',
  description: 'Monthly calculation index (МРП / АЕК)',
  unit: 'KZT',
  yearly: true,
  values: [
    money('2006-01-01', '1030', budget(2006)),
    money('2007-01-01', '1092', budget(2007)),
    money('2008-01-01', '1168', budget(2008)),
    money('2009-01-01', '1273', budget(2009), { unconfirmed: true, status: 'secondary' }),
    money('2009-07-01', '1296', budget(2009, 'from 1 July')),
    money('2010-01-01', '1413', budget(2010)),
    money('2011-01-01', '1512', budget(2011)),
    money('2012-01-01', '1618', budget(2012)),
    money('2013-01-01', '1731', budget(2013)),
    money('2014-01-01', '1852', budget(2014)),
    money('2015-01-01', '1982', budget(2015)),
    money('2016-01-01', '2121', budget(2016)),
    money('2017-01-01', '2269', budget(2017)),
    money('2018-01-01', '2405', budget(2018)),
    money('2019-01-01', '2525', budget(2019)),
    money('2020-01-01', '2651', budget(2020, 'gov.kz/article/17157')),
    money('2020-04-01', '2778', budget(2020, 'as amended (anti-crisis), from 1 April; egov.kz')),
    money('2021-01-01', '2917', budget(2021, 'egov.kz')),
    money('2022-01-01', '3063', budget(2022, 'egov.kz')),
    money('2022-04-01', '3180', budget(2022, 'as amended, from 1 April; egov.kz')),
    money('2023-01-01', '3450', budget(2023, 'egov.kz')),
    money('2024-01-01', '3692', budget(2024, 'egov.kz')),
    money('2025-01-01', '3932', budget(2025, 'egov.kz')),
    money('2026-01-01', '4325', budget(2026, 'egov.kz')),
    money('2027-01-01', '4606', MRP_FORECAST, { status: 'forecast' }),
    money('2028-01-01', '4882', MRP_FORECAST, { status: 'forecast' }),
    money('2029-01-01', '5126', MRP_FORECAST, { status: 'forecast' }),
  ],
};
