/**
 * The local catalog: a handful of gift cards shaped as Tremendous's GET /products answers them
 * (id, name, category, currency_codes, countries[{abbr}], skus). Countries without a card (KP, IR…)
 * answer an empty list, as the real catalog does for countries it does not serve.
 */
export interface Product {
  id: string;
  name: string;
  category: 'merchant_card' | 'visa_card' | 'charity';
  currency_codes: string[];
  countries: { abbr: string }[];
  skus: { min: number; max: number }[];
}

const EEA = ['AT', 'BE', 'DE', 'ES', 'FI', 'FR', 'IE', 'IT', 'LU', 'NL', 'PT'];
const countries = (list: string[]) => list.map((abbr) => ({ abbr }));

export const PRODUCTS: Product[] = [
  {
    id: 'OKMHM2X2OHYV',
    name: 'Amazon.com',
    category: 'merchant_card',
    currency_codes: ['USD'],
    countries: countries(['US']),
    skus: [{ min: 1, max: 2000 }],
  },
  {
    id: 'A2J05SWPI2QG',
    name: 'Amazon.de',
    category: 'merchant_card',
    currency_codes: ['EUR'],
    countries: countries(['DE', 'AT']),
    skus: [{ min: 1, max: 500 }],
  },
  {
    id: 'ET0ZVETV5ILN',
    name: 'Virtual Visa',
    category: 'visa_card',
    currency_codes: ['USD', 'EUR', 'GBP', 'CAD'],
    countries: countries(['US', 'CA', 'GB', ...EEA]),
    skus: [{ min: 5, max: 2000 }],
  },
  {
    id: 'KV934TZ93NQM',
    name: 'Ozon',
    category: 'merchant_card',
    currency_codes: ['RUB'],
    countries: countries(['RU']),
    skus: [{ min: 100, max: 100000 }],
  },
  {
    id: 'SRN1ZZ8YRLHC',
    name: 'Save the Children (donation)',
    category: 'charity',
    currency_codes: ['USD', 'EUR', 'GBP'],
    countries: countries(['US', 'GB', ...EEA]),
    skus: [{ min: 1, max: 5000 }],
  },
];

export function productsFor(country: string | null, currency: string | null): Product[] {
  return PRODUCTS.filter(
    (p) =>
      (!country || p.countries.some((c) => c.abbr === country)) && (!currency || p.currency_codes.includes(currency)),
  );
}
