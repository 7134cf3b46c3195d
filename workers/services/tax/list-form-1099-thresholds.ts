import { asc } from 'drizzle-orm';
import { form1099Thresholds } from '../../../schema';
import type { ServiceCall } from '../../context';
import { FIRST_INDEXED_1099_YEAR, form1099ThresholdLock, statutory1099Years } from '../../domain/form-1099';
import { requirePlatformStaff } from '../access';

export interface Form1099ThresholdRow {
  year: number;
  amountMinor: number;
  /** statute: fixed by law; platform: set by staff. */
  source: 'statute' | 'platform';
  /** Whether staff may still change it (not the law's, and the year has not ended). */
  editable: boolean;
  updatedAt: Date | null;
}

/**
 * Every year's 1099-NEC threshold: the built-in years the law fixes, then the years staff set, oldest first,
 * and the first year staff may set now (2027, or this year once 2027 has ended). Platform staff read it.
 */
export async function listForm1099Thresholds({
  ctx,
}: ServiceCall<void>): Promise<{ items: Form1099ThresholdRow[]; firstSettableYear: number }> {
  requirePlatformStaff(ctx);
  const set = await ctx.db.select().from(form1099Thresholds).orderBy(asc(form1099Thresholds.year));
  const items: Form1099ThresholdRow[] = [
    ...statutory1099Years().map((y) => ({ ...y, source: 'statute' as const, editable: false, updatedAt: null })),
    ...set.map((row) => ({
      year: row.year,
      amountMinor: row.amountMinor,
      source: 'platform' as const,
      editable: form1099ThresholdLock(row.year, ctx.now) === null,
      updatedAt: row.updatedAt,
    })),
  ];
  return { items, firstSettableYear: Math.max(FIRST_INDEXED_1099_YEAR, ctx.now.getUTCFullYear()) };
}
