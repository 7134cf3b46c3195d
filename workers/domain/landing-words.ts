import type { AttributionRule, PayoutModel } from '../../schema/enums';

export type LandingLocale = 'en' | 'ru';

/** The words a program's public page is made of, in one language; the terms' own sentences come from program-terms-text. */
export interface LandingWords {
  payoutModel: Record<PayoutModel, string>;
  perClick: (commission: string) => string;
  perConversion: (commission: string) => string;
  rebillsLifetime: (rate: string) => string;
  /** The headline of a recurring reward: what a conversion pays and what renewals pay, in one phrase. */
  withRenewals: (first: string, rebills: string) => string;
  rebillsMonths: (months: number, rate: string) => string;
  noRebills: string;
  hold: (days: number) => string;
  cookie: (days: number) => string;
  attribution: Record<AttributionRule, string>;
  upline: (rates: string) => string;
  apply: string;
  applyHint: string;
  whatYouEarn: string;
  calculator: string;
  customersLabel: string;
  priceLabel: string;
  calculate: string;
  calculatorResult: (customers: number, price: string, monthly: string) => string;
  calculatorFirstMonth: (amount: string) => string;
  calculatorRebillMonths: (months: number | null) => string;
  calculatorOneOff: (customers: number, price: string, amount: string) => string;
  brief: string;
  goals: string;
  /** The default heading of an advertiser's FAQ block. */
  faq: string;
  /** The heading of the FAQ generated from the program's terms. */
  termsFaq: string;
  creatives: string;
  testimonials: string;
  preview: string;
  faqItems: (f: { cookieDays: number; holdDays: number; approval: boolean; attribution: string }) => [string, string][];
  by: (advertiser: string) => string;
  groupOf: (group: string) => string;
  description: (program: string, terms: string) => string;
  otherLanguage: string;
  sitemapTitle: string;
}

const ruPlural = (n: number, one: string, few: string, many: string) => {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
};
const enPlural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const LANDING_EN: LandingWords = {
  payoutModel: { cpa: 'per action', cpl: 'per lead', cps: 'per sale', revshare: 'revenue share', cpc: 'per click' },
  perClick: (c) => `${c} per click`,
  perConversion: (c) => `${c} per conversion`,
  rebillsLifetime: (rate) => `${rate} of every renewal, for the customer’s lifetime`,
  withRenewals: (first, rebills) => `${first} and ${rebills}`,
  rebillsMonths: (months, rate) => `${rate} of renewals for ${months} ${enPlural(months, 'month', 'months')}`,
  noRebills: 'Renewals earn nothing',
  hold: (days) => `Commissions are held ${days} ${enPlural(days, 'day', 'days')} for refunds, then approved`,
  cookie: (days) => `A click is credited for ${days} ${enPlural(days, 'day', 'days')}`,
  attribution: { last_click: 'the last click before a sale wins', first_click: 'the first click wins' },
  upline: (rates) => `Recruit affiliates and earn ${rates} of what they earn`,
  apply: 'Apply now',
  applyHint: 'Create a free affiliate account or sign in to apply.',
  whatYouEarn: 'What you earn',
  calculator: 'Earnings calculator',
  customersLabel: 'Customers a month',
  priceLabel: 'Price a month',
  calculate: 'Calculate',
  calculatorResult: (customers, price, monthly) =>
    `${customers} ${enPlural(customers, 'customer', 'customers')} at ${price}/month → ${monthly}/month for you`,
  calculatorFirstMonth: (amount) => `${amount} in the month they sign up`,
  calculatorRebillMonths: (months) =>
    months === null ? 'for as long as they stay' : `for ${months} ${enPlural(months, 'month', 'months')} after that`,
  calculatorOneOff: (customers, price, amount) =>
    `${customers} ${enPlural(customers, 'customer', 'customers')} at ${price} → ${amount} for you`,
  brief: 'About the program',
  goals: 'Our goals',
  faq: 'Frequently asked questions',
  termsFaq: 'Questions about the terms',
  creatives: 'Banners and creatives',
  testimonials: 'What partners say',
  preview: 'Preview: visitors do not see this version yet',
  faqItems: ({ cookieDays, holdDays, approval, attribution }) => [
    [
      'Who can join?',
      approval
        ? 'Anyone may apply; the advertiser reviews each application.'
        : 'Anyone with an approved affiliate account joins at once.',
    ],
    ['How long is a click credited?', `${cookieDays} ${enPlural(cookieDays, 'day', 'days')}; ${attribution}.`],
    [
      'When is a commission final?',
      `After a ${holdDays}-day hold for refunds and cancellations; then it is paid out with your balance.`,
    ],
    ['Does it cost anything?', 'No. Joining is free; you earn from the customers you bring.'],
  ],
  by: (advertiser) => `by ${advertiser}`,
  groupOf: (group) => `${group} partners`,
  description: (program, terms) => `Promote ${program} and earn ${terms}.`,
  otherLanguage: 'Русский',
  sitemapTitle: 'Affiliate programs',
};

export const LANDING_RU: LandingWords = {
  payoutModel: { cpa: 'за действие', cpl: 'за лид', cps: 'за продажу', revshare: 'доля выручки', cpc: 'за клик' },
  perClick: (c) => `${c} за клик`,
  perConversion: (c) => `${c} за конверсию`,
  rebillsLifetime: (rate) => `${rate} с каждого продления, пока клиент остаётся`,
  withRenewals: (first, rebills) => `${first} и ${rebills}`,
  rebillsMonths: (months, rate) =>
    `${rate} с продлений в течение ${months} ${ruPlural(months, 'месяца', 'месяцев', 'месяцев')}`,
  noRebills: 'Продления не оплачиваются',
  hold: (days) =>
    `Комиссия удерживается ${days} ${ruPlural(days, 'день', 'дня', 'дней')} на возвраты, затем одобряется`,
  cookie: (days) => `Клик засчитывается ${days} ${ruPlural(days, 'день', 'дня', 'дней')}`,
  attribution: { last_click: 'продажу получает последний клик', first_click: 'продажу получает первый клик' },
  upline: (rates) => `Приглашайте партнёров и получайте ${rates} от их заработка`,
  apply: 'Подать заявку',
  applyHint: 'Создайте бесплатный аккаунт партнёра или войдите, чтобы подать заявку.',
  whatYouEarn: 'Сколько вы заработаете',
  calculator: 'Калькулятор дохода',
  customersLabel: 'Клиентов в месяц',
  priceLabel: 'Цена в месяц',
  calculate: 'Рассчитать',
  calculatorResult: (customers, price, monthly) =>
    `${customers} ${ruPlural(customers, 'клиент', 'клиента', 'клиентов')} по ${price}/мес. → ${monthly}/мес. вам`,
  calculatorFirstMonth: (amount) => `${amount} в месяц регистрации`,
  calculatorRebillMonths: (months) =>
    months === null
      ? 'пока клиенты остаются'
      : `в течение ${months} ${ruPlural(months, 'месяца', 'месяцев', 'месяцев')} после этого`,
  calculatorOneOff: (customers, price, amount) =>
    `${customers} ${ruPlural(customers, 'клиент', 'клиента', 'клиентов')} по ${price} → ${amount} вам`,
  brief: 'О программе',
  goals: 'Наши цели',
  faq: 'Частые вопросы',
  termsFaq: 'Вопросы об условиях',
  creatives: 'Баннеры и материалы',
  testimonials: 'Что говорят партнёры',
  preview: 'Предпросмотр: посетители пока не видят эту версию',
  faqItems: ({ cookieDays, holdDays, approval, attribution }) => [
    [
      'Кто может участвовать?',
      approval
        ? 'Подать заявку может любой; рекламодатель рассматривает каждую.'
        : 'Любой партнёр с одобренным аккаунтом подключается сразу.',
    ],
    ['Сколько засчитывается клик?', `${cookieDays} ${ruPlural(cookieDays, 'день', 'дня', 'дней')}; ${attribution}.`],
    [
      'Когда комиссия становится окончательной?',
      `После удержания на ${holdDays} ${ruPlural(holdDays, 'день', 'дня', 'дней')} на возвраты и отмены; затем она выплачивается с вашим балансом.`,
    ],
    ['Это платно?', 'Нет. Участие бесплатное; вы зарабатываете на клиентах, которых приводите.'],
  ],
  by: (advertiser) => `от ${advertiser}`,
  groupOf: (group) => `Партнёры «${group}»`,
  description: (program, terms) => `Продвигайте ${program} и получайте ${terms}.`,
  otherLanguage: 'English',
  sitemapTitle: 'Партнёрские программы',
};

export const landingWords = (locale: LandingLocale): LandingWords => (locale === 'ru' ? LANDING_RU : LANDING_EN);
