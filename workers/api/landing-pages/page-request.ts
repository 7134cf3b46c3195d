import type { z } from '@hono/zod-openapi';
import { MAX_CALCULATOR_PRICE_MINOR } from '../../domain/earnings-estimate';
import { currencyDecimals } from '../../domain/format-minor-units';
import type { LandingBlock } from '../../domain/landing-document';
import { parseMajorUnits } from '../../domain/major-units';
import { ValidationError } from '../../errors/app-error';
import type { PageRequest } from './render-program-page';
import type { programPageQuery } from './schemas';

const DEFAULT_CUSTOMERS = 20;
const DEFAULT_PRICE_MAJOR = '49';

/**
 * The calculator's inputs in the program's currency (the price's decimals are known only once the program is):
 * the visitor's, else the advertiser's calculator block's defaults, else 20 customers at 49 a month.
 */
export function pageRequest(
  origin: string,
  query: z.infer<typeof programPageQuery>,
  currency: string,
  blocks: LandingBlock[],
): PageRequest {
  const defaults = blocks.find((b) => b.kind === 'calculator');
  const price =
    query.price === undefined && defaults
      ? ({ ok: true, minor: defaults.priceMinor } as const)
      : parseMajorUnits(query.price ?? DEFAULT_PRICE_MAJOR, currencyDecimals(currency));
  if (!price.ok || price.minor > MAX_CALCULATOR_PRICE_MINOR)
    throw new ValidationError('The request is not valid', [
      { path: 'price', message: price.ok ? 'is too large' : price.reason },
    ]);
  return {
    origin,
    locale: query.lang ?? 'en',
    customers: query.customers ?? defaults?.customers ?? DEFAULT_CUSTOMERS,
    priceMinor: price.minor,
  };
}
