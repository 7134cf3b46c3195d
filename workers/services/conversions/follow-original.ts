import { eq } from 'drizzle-orm';
import { conversions, type Conversion } from '../../../schema';
import type { ServiceCall } from '../../context';
import type { AttributionStep } from './conversion-outcome';

export interface FoundOriginal {
  original: Conversion;
  via: 'order_id' | 'customer' | 'click_id';
}

const VIA: Record<FoundOriginal['via'], string> = { order_id: 'order id', customer: 'customer', click_id: 'click id' };

/**
 * Attributes a refund or cancellation to the sale it is about, inside the caller's transaction:
 * it takes the original's program, affiliate and customer, and its trace says how it was found
 * (plus `note`, what the event did).
 */
export async function followOriginal({
  ctx,
  input,
}: ServiceCall<{
  conversion: Conversion;
  found: FoundOriginal;
  note?: string;
  extra?: Partial<Pick<Conversion, 'cancelEffect'>>;
}>): Promise<Conversion> {
  const { conversion, found, note, extra = {} } = input;
  const { original, via } = found;
  const step = original.attributionMethod ?? 'customer';
  const trace: AttributionStep[] = [
    {
      step,
      outcome: 'matched',
      detail: `follows the original ${original.eventType} ${original.eventId} (found by ${VIA[via]})`,
    },
    ...(note ? [{ step, outcome: 'matched' as const, detail: note }] : []),
  ];
  const [updated] = await ctx.db
    .update(conversions)
    .set({
      programId: original.programId,
      enrollmentId: original.enrollmentId,
      affiliateId: original.affiliateId,
      attributionMethod: original.attributionMethod,
      referredCustomerId: original.referredCustomerId,
      clickId: conversion.clickId ?? original.clickId,
      parentConversionId: original.id,
      attributionTrace: trace,
      ...extra,
    })
    .where(eq(conversions.id, conversion.id))
    .returning();
  return updated!;
}
