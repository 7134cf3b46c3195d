import { CommissionStatus, ConversionEventType, ConversionStatus } from '@schema/enums';
import * as z from 'zod/mini';
import { type DateRangeSearch, dateRangeSearch } from '@/lib/date-range';

// The affiliate's conversions page URL (/affiliate/$orgId/conversions): which list, and its filters, validated
// by the route and offered by the filters from the same schema/enums lists (see
// org-conversions/conversion-options.ts).
export const CONVERSION_STATUSES = ConversionStatus;
export const EVENT_TYPES = ConversionEventType;
export const LINE_STATUSES = CommissionStatus;
/** The referral level of a commission line: 0 is the affiliate's own sale. */
export const LEVELS = ['0', '1', '2', '3'] as const;

export const conversionsSearchSchema = z.object({
  tab: z.catch(z.optional(z.enum(['conversions', 'commissions'])), undefined),
  ...dateRangeSearch,
  status: z.catch(z.optional(z.enum(CONVERSION_STATUSES)), undefined),
  type: z.catch(z.optional(z.enum(EVENT_TYPES)), undefined),
  program: z.catch(z.optional(z.uuid()), undefined),
  sort: z.catch(z.optional(z.enum(['-occurredAt', 'occurredAt', '-amount', 'amount'])), undefined),
  lineStatus: z.catch(z.optional(z.enum(LINE_STATUSES)), undefined),
  level: z.catch(z.optional(z.enum(LEVELS)), undefined),
});

export type ConversionsSearch = z.infer<typeof conversionsSearchSchema> & DateRangeSearch;
