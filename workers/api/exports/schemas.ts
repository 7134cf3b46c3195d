import { z } from '@hono/zod-openapi';
import { CommissionKind, CommissionStatus, RecordedEventType, ConversionStatus } from '../../../schema/enums';
import { clickFilters, myClickFilters, platformClickFilters, rangeFields } from '../clicks/schemas';
import { currencyCode, timeZoneParam } from '../shared/schemas';

const tz = { tz: timeZoneParam };
export const myClicksExportQuery = myClickFilters.extend(tz);
export const clicksExportQuery = clickFilters.extend(tz);
export const platformClicksExportQuery = platformClickFilters.extend(tz);

export const myConversionsExportQuery = z.object({
  ...rangeFields('occurredAt'),
  appId: z.uuid().optional(),
  programId: z.uuid().optional(),
  status: z.enum(ConversionStatus).optional(),
  type: z.enum(RecordedEventType).optional(),
  clickId: z.uuid().optional(),
  ...tz,
});
export const conversionsExportQuery = myConversionsExportQuery.extend({ affiliateId: z.uuid().optional() });
export const platformConversionsExportQuery = conversionsExportQuery.extend({ organizationId: z.uuid().optional() });

export const myCommissionsExportQuery = z.object({
  ...rangeFields('createdAt'),
  programId: z.uuid().optional(),
  status: z.enum(CommissionStatus).optional(),
  kind: z.enum(CommissionKind).optional(),
  level: z.coerce.number().int().min(0).max(3).optional(),
  currency: currencyCode.optional(),
  ...tz,
});
export const commissionsExportQuery = myCommissionsExportQuery.extend({
  affiliateId: z.uuid().optional().describe('The affiliate paid by the line'),
});
export const platformCommissionsExportQuery = commissionsExportQuery.extend({ organizationId: z.uuid().optional() });

/** Sends a streamed CSV as a download. */
