import { z } from '@hono/zod-openapi';
import { PayoutRail } from '../../../schema/enums';
import { RAIL_FEE_LIMITS } from '../../domain/payout-rails';
import { currencyCode } from './schemas';

/** One rail's per-item fee: integers only (basis points, minor units), a cap only with its currency. */
export const railFeeInput = z
  .object({
    bps: z.number().int().min(0).max(RAIL_FEE_LIMITS.maxBps).describe('Percentage of the item, in basis points'),
    fixedMinor: z
      .number()
      .int()
      .min(0)
      .max(RAIL_FEE_LIMITS.maxMinor)
      .describe('Fixed part per item, in the item currency’s minor units'),
    capMinor: z
      .number()
      .int()
      .min(1)
      .max(RAIL_FEE_LIMITS.maxMinor)
      .nullable()
      .describe('The most one item costs, in capCurrency’s minor units; null: no cap'),
    capCurrency: currencyCode.nullable().describe('The currency whose items the cap applies to'),
  })
  .strict()
  .refine((f) => (f.capMinor === null) === (f.capCurrency === null), {
    message: 'A cap needs its currency, and a currency its cap',
    path: ['capCurrency'],
  })
  .openapi('RailFee');

/** An object with one field per rail of the payout_rail enum, each `schema`: a new rail needs no edit here. */
export const perRail = <S extends z.ZodType>(schema: S) =>
  z.object(Object.fromEntries(PayoutRail.map((rail) => [rail, schema])) as Record<PayoutRail, S>);

/** A fee per rail; a rail left out follows the default. */
export const railFeesInput = perRail(railFeeInput.optional()).strict().openapi('RailFees');
