import { z } from '@hono/zod-openapi';
import { AttributionMethod } from '../../../schema/enums';
import type { AttributionStep, MyCommissionRow, MyConversionRow } from '../../services/conversions';
import { page } from '../shared/schemas';
import { commissionFields, commissionFieldsView, directCommission, directCommissionView } from './commission-views';
import { attributionStep } from '../shared/conversion-outcome';
import { eventFields, eventFieldsView } from './conversion-views';

// The affiliate's side. Left out on purpose, because they are the advertiser's or its customer's:
// event and order ids, customer ids, coupon, IP, user agent, metadata, fraud flags (the status
// shows a review is pending) and the trace's free-text details (they name event ids and clicks).

// Only a click match stores the credited click. Credited by coupon or customer history, the stored
// click id is whatever the partner reported, which may be another affiliate's click.
const CLICK_METHODS = new Set<AttributionMethod>(['click_id', 'fingerprint']);

export const myConversion = z
  .object({
    ...eventFields,
    programId: z.uuid(),
    programName: z.string(),
    attributionMethod: z.enum(AttributionMethod).describe('How the conversion was credited to you'),
    clickId: z.uuid().nullable().describe('Your click, when the conversion was credited by click id or fingerprint'),
    attributionTrace: z.array(attributionStep).describe('Every attribution step tried, in order'),
    directCommission,
  })
  .openapi('MyConversion');

export const myConversionPage = page(myConversion, 'MyConversionPage');

export function myConversionView({
  conversion: c,
  programId,
  programName,
  directCommission: direct,
}: MyConversionRow): z.infer<typeof myConversion> {
  const method = methodOf(c.attributionMethod);
  return {
    ...eventFieldsView(c),
    programId,
    programName,
    attributionMethod: method,
    clickId: CLICK_METHODS.has(method) ? c.clickId : null,
    attributionTrace: (c.attributionTrace as AttributionStep[]).map(({ step, outcome }) => ({ step, outcome })),
    directCommission: directCommissionView(direct),
  };
}

export const myCommission = z.object({ ...commissionFields, programName: z.string() }).openapi('MyCommission');

export const myCommissionPage = page(myCommission, 'MyCommissionPage');

export function myCommissionView(row: MyCommissionRow): z.infer<typeof myCommission> {
  const view = commissionFieldsView(row.commission, { type: row.conversionType, occurredAt: row.conversionOccurredAt });
  // An upline line's `overridden` flags describe the referred affiliate's enrollment, not yours.
  const { overridden: _, ...uplineCalculation } = view.calculation;
  return {
    ...view,
    calculation: row.commission.level > 0 ? uplineCalculation : view.calculation,
    programName: row.programName,
  };
}

// Only conversions credited to the caller are listed, and the database keeps the credit whole
// (conversions_attribution_check): a NULL method here would be a broken row, not a state to render.
function methodOf(method: MyConversionRow['conversion']['attributionMethod']): NonNullable<typeof method> {
  if (method === null) throw new Error('an attributed conversion without an attribution method');
  return method;
}
