import { z } from 'zod';
import { appEventId } from '../../contracts/conversion-event';
import { isUuidv7 } from '../../contracts/ids';
import { CURRENCY_CODES } from '../../contracts/iso-codes';

const amount = z.string().max(32).describe('Major units as a plain decimal: 12.50');

/**
 * The S2S postback query. Unknown parameters are ignored, not refused: trackers
 * append their own (sub ids, macros) to the URL they are given.
 */
export const postbackQuery = z.object({
  cid: z
    .string()
    .trim()
    .toLowerCase()
    .refine(isUuidv7, 'must be the click id (cid) our redirect passed to the landing page'),
  status: z
    .enum(['lead', 'sale', 'cancel', 'rejected'])
    .describe(
      'cancel: the subscription bought through this click ended; its later rebills earn nothing, and no money moves unless the program voids sales cancelled within cancelVoidsWithinDays',
    ),
  payout: amount.optional(),
  revenue: amount.optional(),
  currency: z
    .string()
    .toUpperCase()
    .refine((c) => CURRENCY_CODES.has(c), 'must be an ISO 4217 code such as USD')
    .optional(),
  event_id: appEventId.optional(),
  reason: z.string().trim().min(1).max(500).optional(),
});

export type PostbackQueryInput = z.infer<typeof postbackQuery>;
