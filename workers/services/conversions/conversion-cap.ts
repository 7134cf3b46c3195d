import { notInArray, sql } from 'drizzle-orm';
import { conversions, type Program } from '../../../schema';
import { VOID_CONVERSION_STATUSES } from '../../domain/conversion-status';
import type { ServiceCall } from '../../context';

/**
 * Whether the program's conversion caps (per UTC day, total) are already used up by earlier
 * leads and sales. A transaction lock per program makes concurrent conversions count one after
 * another, so a cap is exact, unlike the tracker's approximate click caps.
 */
export async function conversionCapReached({
  ctx,
  input,
}: ServiceCall<{ program: Program; conversionId: string; occurredAt: Date }>): Promise<string | null> {
  const { db } = ctx;
  const { program, conversionId, occurredAt } = input;
  if (program.capConversionsDaily === null && program.capConversionsTotal === null) return null;
  await db.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${`conversion-cap:${program.id}`}, 0))`);
  const dayStart = new Date(Date.UTC(occurredAt.getUTCFullYear(), occurredAt.getUTCMonth(), occurredAt.getUTCDate()));
  const [counts] = await db
    .select({
      total: sql<number>`count(*)::int`,
      today: sql<number>`(count(*) FILTER (WHERE ${conversions.occurredAt} >= ${dayStart} AND ${conversions.occurredAt} < ${new Date(dayStart.getTime() + 86_400_000)}))::int`,
    })
    .from(conversions)
    .where(
      sql`${conversions.programId} = ${program.id} AND ${conversions.eventType} IN ('lead', 'sale')
        AND ${notInArray(conversions.status, [...VOID_CONVERSION_STATUSES])} AND ${conversions.id} <> ${conversionId}`,
    );
  if (program.capConversionsTotal !== null && counts!.total >= program.capConversionsTotal)
    return `the program's total cap of ${program.capConversionsTotal} conversions is reached`;
  if (program.capConversionsDaily !== null && counts!.today >= program.capConversionsDaily)
    return `the program's daily cap of ${program.capConversionsDaily} conversions is reached`;
  return null;
}
