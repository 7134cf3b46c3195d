import type { z } from '@hono/zod-openapi';
import { MAX_CALCULATOR_PRICE_MINOR } from '../../domain/earnings-estimate';
import { currencyDecimals } from '../../domain/format-minor-units';
import { parseMajorUnits } from '../../domain/major-units';
import { ValidationError } from '../../errors/app-error';
import type { PageRequest } from './render-program-page';
import type { programPageQuery } from './schemas';

const DEFAULT_CUSTOMERS = 20;
const DEFAULT_PRICE_MAJOR = '49';

/** The calculator's inputs in the program's currency; the price's decimals are known only once the program is. */
export function pageRequest(origin: string, query: z.infer<typeof programPageQuery>, currency: string): PageRequest {
  const price = parseMajorUnits(query.price ?? DEFAULT_PRICE_MAJOR, currencyDecimals(currency));
  if (!price.ok || price.minor > MAX_CALCULATOR_PRICE_MINOR)
    throw new ValidationError('The request is not valid', [
      { path: 'price', message: price.ok ? 'is too large' : price.reason },
    ]);
  return {
    origin,
    locale: query.lang ?? 'en',
    customers: query.customers ?? DEFAULT_CUSTOMERS,
    priceMinor: price.minor,
  };
}
