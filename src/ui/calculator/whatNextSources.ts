/**
 * The sources of the result's "what next" facts: each with its kind, address and date (of the version read or of
 * publication). Gathered in docs/what-next-sources.md, where each fact is quoted; the facts' texts are in
 * locales/{kk,ru}/next.json (whatnext).
 */

export interface WhatNextSource {
  id: string;
  kind: 'law' | 'official' | 'secondary';
  url: string;
  /** The date of the version read or of publication: YYYY-MM-DD, or '' where the page showed none. */
  date: string;
  title: { kk: string; ru: string };
}

export const SOURCES: readonly WhatNextSource[] = [
  { id: "L1", kind: "law", url: "https://adilet.zan.kz/rus/docs/K2300000224", date: "2026-01-20", title: { kk: "ҚР Әлеуметтік кодексі № 224-VII, 72–89-баптар (оқылған редакциясы)", ru: "Социальный кодекс РК № 224-VII, статьи 72–89 (прочитанная редакция)" } },
  { id: "L2", kind: "law", url: "https://adilet.zan.kz/rus/docs/K1500000414", date: "2026-04-07", title: { kk: "ҚР Еңбек кодексі № 414-V, 99–100-баптар (оқылған редакциясы)", ru: "Трудовой кодекс РК № 414-V, статьи 99–100 (прочитанная редакция)" } },
  { id: "L3", kind: "law", url: "https://adilet.zan.kz/rus/docs/V2300032912", date: "", title: { kk: "Жүктілікке және босануға байланысты және бала күтіміне байланысты төлемдер туралы 2023 жылғы 27 маусымдағы № 248 Қағидалар — мәтінін оқу мүмкін болмады", ru: "Правила № 248 от 27.06.2023 о выплатах по беременности и родам и по уходу за ребёнком — текст прочитать не удалось" } },
  { id: "O1", kind: "official", url: "https://gfss.kz/en/social-benefits/ways-to-apply-for-social-benefits-for-pregnancy-and-childbirth-from-the-state-social-insurance-fund/", date: "", title: { kk: "МӘСҚ: жүктілікке және босануға байланысты төлемге жүгіну тәсілдері", ru: "ГФСС: способы обращения за выплатой по беременности и родам" } },
  { id: "O2", kind: "official", url: "https://gfss.kz/en/social-benefits/frequently-asked-questions-about-pregnancy-childbirth-and-adoption", date: "", title: { kk: "МӘСҚ: жүктілік, босану және асырап алу бойынша төлемдер туралы сұрақтар мен жауаптар", ru: "ГФСС: вопросы и ответы о выплатах по беременности, родам и усыновлению" } },
  { id: "O4", kind: "official", url: "https://egov.kz/cms/en/services/pass198_mtszn", date: "", title: { kk: "eGov: «Жүктілікке және босануға, жаңа туған баланы асырап алуға байланысты әлеуметтік төлемдерді тағайындау» қызметінің паспорты", ru: "eGov: паспорт услуги «Назначение выплат по беременности и родам, усыновлению новорождённого»" } },
  { id: "O5", kind: "official", url: "https://egov.kz/cms/en/services/pass156_mtszn", date: "", title: { kk: "eGov: бала тууына және бала күтіміне байланысты жәрдемақылар қызметінің паспорты; бала күтіміне байланысты төлемнің ескі сипаттамасы да сонда", ru: "eGov: паспорт услуги о пособиях на рождение и по уходу за ребёнком; там же старое описание выплаты по уходу" } },
  { id: "S1", kind: "secondary", url: "https://www.zakon.kz/finansy/6490257-sotsvyplata-po-ukhodu-za-rebenkom-do-15-let-v-kazakhstane-komu-polozhena-razmery-i-vazhnye-nyuansy.html", date: "2025-09-09", title: { kk: "Zakon.kz: МӘСҚ маманы бала күтіміне байланысты төлем туралы (орыс тілінде)", ru: "Zakon.kz: специалист ГФСС о выплате по уходу за ребёнком до 1,5 лет" } },
  { id: "S2", kind: "secondary", url: "https://baq.kz/endi-zhardemaqy-kimge-zhane-qansha-molsherde-beriledi-200020955/", date: "2025-09-09", title: { kk: "BAQ.KZ: Еңбек министрлігі жәрдемақы кімге және қанша мөлшерде берілетіні туралы", ru: "BAQ.KZ: Минтруд о том, кому и в каком размере платят (на казахском языке)" } },
  { id: "S3", kind: "secondary", url: "https://redmedia.kz/news/kakie-vyplaty-polozheny-kazahstankam-pri-rozhdenii-rebenka", date: "2024-10-15", title: { kk: "RedMedia.kz: Мемлекеттік корпорация бала туғандағы төлемдер туралы (орыс тілінде)", ru: "RedMedia.kz: Госкорпорация о выплатах при рождении ребёнка" } },
  { id: "S4", kind: "secondary", url: "https://www.zakon.kz/obshestvo/6468373-kakie-vyplaty-zhdut-kazakhstanok-pri-rozhdenii-rebenka-podrobnosti-i-sroki-oformleniya.html", date: "", title: { kk: "Zakon.kz: бала туғанда қандай төлемдер берілетіні және оларды рәсімдеу мерзімдері (орыс тілінде)", ru: "Zakon.kz: какие выплаты положены при рождении ребёнка и сроки оформления" } },
  { id: "S5", kind: "secondary", url: "https://www.lada.kz/kazakhstan-news/150293-kazakhstankam-raziasnili-usloviia-prekrashcheniia-vyplat-po-ukhodu-za-rebenkom.html", date: "2026-03-08", title: { kk: "Lada.kz (NewTimes.kz сілтемесімен): Еңбек министрлігі жұмысқа шыққанда бала күтіміне байланысты төлемнің тоқтатылу шарттары туралы; тек басы сақталған (орыс тілінде)", ru: "Lada.kz (по NewTimes.kz): Минтруд об условиях прекращения выплаты по уходу при выходе на работу; сохранилось только начало" } },
  { id: "S6", kind: "secondary", url: "https://kapital.kz/gosudarstvo/133217/otmenu-vyplaty-posobiy-rabotayushchim-dekretnitsam-prokommentirovala-vitse-prem-yer.html", date: "", title: { kk: "Kapital.kz: вице-премьер Т. Дүйсенова жұмысқа шыққан ата-аналарға төленетін төлемдер туралы (орыс тілінде)", ru: "Kapital.kz: вице-премьер Т. Дуйсенова о выплатах родителям, вышедшим на работу" } },
  { id: "S9", kind: "secondary", url: "https://www.lada.kz/kazakhstan-news/148250-sms-ot-1414-i-vyplaty-bez-zaiavlenii-chto-nuzhno-znat-kazakhstantsam.html", date: "2026-01-15", title: { kk: "Lada.kz: Еңбек министрлігі 1414 нөмірінен келетін SMS және өтінішсіз төлемдер туралы (орыс тілінде)", ru: "Lada.kz: Минтруд об SMS с номера 1414 и выплатах без заявления" } },
  { id: "S10", kind: "secondary", url: "https://golos-naroda.kz/7592-kak-onlain-podat-zaiavlenie-na-sotsvyplatu-v-sviazi-s-rozhdeniem-rebenka-1661242895/amp", date: "2022-08-23", title: { kk: "Golos-naroda.kz: бала тууына байланысты төлемге онлайн өтініш беру (орыс тілінде)", ru: "Golos-naroda.kz: как подать заявление на выплату в связи с рождением ребёнка онлайн" } },
  { id: "S11", kind: "secondary", url: "https://zakon.kz/amp/finansy/6020904-muzhchiny-v-kazakhstane-stali-brat-dekretnyi-otpusk.html", date: "", title: { kk: "Zakon.kz: МӘСҚ төрағасы Н. Кемел бала күтімі бойынша демалысқа шығатын әкелер туралы (2023 жылға дейін, орыс тілінде)", ru: "Zakon.kz: председатель ГФСС Н. Кемел об отцах в отпуске по уходу (до 2023 года)" } },
  { id: "S12", kind: "secondary", url: "https://bizmedia.kz/2023-03-01-realnyj-papa-mogut-li-kazahstanskie-muzhchiny-ujti-v-dekret/amp", date: "2023-03-01", title: { kk: "Bizmedia.kz: МӘСҚ-тың Алматы бойынша директоры Л. Сагинбекова әкенің бала күтімі бойынша демалысы туралы (орыс тілінде)", ru: "Bizmedia.kz: директор ГФСС по Алматы Л. Сагинбекова об отпуске отца по уходу за ребёнком" } },
  { id: "S15", kind: "secondary", url: "https://www.lada.kz/kazakhstan-news/149727-skolko-stoit-bolet-v-kazakhstane-v-2026-godu.html", date: "2026-02-21", title: { kk: "Lada.kz (uchet.kz сілтемесімен): 2026 жылғы еңбекке уақытша жарамсыздық парақтары (орыс тілінде)", ru: "Lada.kz (по uchet.kz): листы временной нетрудоспособности в 2026 году" } },
];

export type FactKey = "deadline_maternity" | "deadline_childcare" | "channel_egov" | "channel_con" | "channel_proactive" | "channel_banks" | "who_applies" | "documents" | "timing" | "work_law" | "work_ministry" | "work_topup" | "work_notice" | "father_who" | "father_conditions" | "unclear";

/** The sources each fact rests on (by id). */
export const FACT_SOURCES: Record<FactKey, readonly string[]> = {
  deadline_maternity: ["L1", "S4"],
  deadline_childcare: ["L1", "S2"],
  channel_egov: ["O1", "O4", "S2"],
  channel_con: ["O1", "O4", "S2"],
  channel_proactive: ["L1", "O1", "O4", "S2", "S9"],
  channel_banks: ["S1", "S2", "L1"],
  who_applies: ["L1", "L2", "O1"],
  documents: ["O4", "O5", "S3", "S15", "L1"],
  timing: ["O2", "L3", "O5", "S10"],
  work_law: ["L1"],
  work_ministry: ["S6", "S5", "L3"],
  work_topup: ["L1"],
  work_notice: ["L2"],
  father_who: ["L1", "L2"],
  father_conditions: ["S11", "S12", "L1"],
  unclear: ["L1", "L3", "S5", "S6", "O1", "O4", "S15"],
};
