import { z } from '@hono/zod-openapi';
import { ClickRejectReason, ClickStatus } from '../../../schema/enums';
import { countryCode, idParam, orgParams } from '../shared/schemas';

const bound = (edge: string, meaning: string) =>
  z.iso
    .datetime({ offset: true })
    .optional()
    .describe(`${edge}, ISO 8601; ${meaning}. A range covers at most 366 days (range_too_long)`);

/** The time range every list and export takes: the last 30 days unless told otherwise. */
export const rangeFields = (column: string) => ({
  from: bound(`${column} from`, 'inclusive, default 30 days before to'),
  to: bound(`${column} to`, 'exclusive, default now'),
});

const label = z.string().min(1).max(100);
const subValue = z.string().min(1).max(500);

export const flag = z
  .enum(['true', 'false'])
  .optional()
  .transform((v) => (v === undefined ? undefined : v === 'true'));

/** Filters of the click log and its export that an affiliate may use too. */
export const myClickFilters = z.object({
  ...rangeFields('clickedAt'),
  appId: z.uuid().optional(),
  programId: z.uuid().optional(),
  linkId: z.uuid().optional().describe('A short link'),
  country: countryCode.optional(),
  deviceType: label.optional().describe('desktop, mobile, tablet, … as parsed from the user agent'),
  os: label.optional(),
  browser: label.optional(),
  sub1: subValue.optional(),
  sub2: subValue.optional(),
  sub3: subValue.optional(),
  sub4: subValue.optional(),
  sub5: subValue.optional(),
  sub6: subValue.optional(),
  sub7: subValue.optional(),
  sub8: subValue.optional(),
  sub9: subValue.optional(),
  sub10: subValue.optional(),
  status: z.enum(ClickStatus).optional(),
  rejectReason: z.enum(ClickRejectReason).optional(),
  unique: flag.describe('true: unique clicks only; false: repeats only'),
  clickId: z.uuid().optional(),
});
export const clickFilters = myClickFilters.extend({ affiliateId: z.uuid().optional() });
export const platformClickFilters = clickFilters.extend({ organizationId: z.uuid().optional() });

const paging = {
  limit: z.coerce.number().int().min(1).max(200).default(50).describe('Page size, 1–200'),
  cursor: z.string().max(200).optional().describe('nextCursor of the previous page (opaque)'),
};
export const myClicksQuery = myClickFilters.extend(paging);
export const clicksQuery = clickFilters.extend(paging);
export const platformClicksQuery = platformClickFilters.extend(paging);

export const clickParams = orgParams.extend({ clickId: idParam('clickId') });
export const platformClickParams = z.object({ clickId: idParam('clickId') });
