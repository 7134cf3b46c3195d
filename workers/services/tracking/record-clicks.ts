import { eq, inArray } from 'drizzle-orm';
import { clicks, enrollments, programs } from '../../../schema';
import type { ServiceCall } from '../../context';
import { decideClickStatus, type ResolvedCode } from '../../domain/click-status';
import type { ClickMessage } from '../../tracker/click-message';

async function resolveCodes(ctx: ServiceCall<unknown>['ctx'], codes: string[]): Promise<Map<string, ResolvedCode>> {
  if (codes.length === 0) return new Map();
  const rows = await ctx.db
    .select({
      refCode: enrollments.refCode,
      enrollmentId: enrollments.id,
      enrollmentStatus: enrollments.status,
      affiliateId: enrollments.affiliateId,
      programId: programs.id,
      programStatus: programs.status,
      organizationId: programs.organizationId,
      appId: programs.appId,
    })
    .from(enrollments)
    .innerJoin(programs, eq(programs.id, enrollments.programId))
    .where(inArray(enrollments.refCode, codes));
  return new Map(rows.map(({ refCode, ...code }) => [refCode, code]));
}

/**
 * Writes a batch of clicks in one statement. `ON CONFLICT DO NOTHING` on (id, clicked_at) makes
 * redelivery of any message harmless; the result counts only rows that were new.
 */
export async function recordClicks({ ctx, input }: ServiceCall<{ clicks: ClickMessage[] }>): Promise<{ inserted: number }> {
  if (input.clicks.length === 0) return { inserted: 0 };
  const codes = [...new Set(input.clicks.flatMap((c) => (c.code ? [c.code] : [])))];
  const resolved = await resolveCodes(ctx, codes);

  const rows = input.clicks.map((m) => {
    const code = m.code ? resolved.get(m.code) : undefined;
    const verdict = decideClickStatus(m, code);
    const [sub1, sub2, sub3, sub4, sub5, sub6, sub7, sub8, sub9, sub10] = m.sub;
    return {
      id: m.id,
      clickedAt: new Date(m.at),
      linkForm: m.form,
      code: m.code,
      status: verdict.status,
      rejectReason: verdict.rejectReason,
      organizationId: code?.organizationId ?? null,
      appId: code?.appId ?? null,
      programId: code?.programId ?? null,
      enrollmentId: code?.enrollmentId ?? null,
      affiliateId: code?.affiliateId ?? null,
      ip: m.ip,
      userAgent: m.userAgent,
      referrer: m.referrer,
      country: m.country,
      region: m.region,
      city: m.city,
      asn: m.asn,
      fingerprint: m.fingerprint,
      sub1, sub2, sub3, sub4, sub5, sub6, sub7, sub8, sub9, sub10,
      landingUrl: m.landingUrl,
      isBot: m.isBot,
    };
  });
  const inserted = await ctx.db.insert(clicks).values(rows).onConflictDoNothing().returning({ id: clicks.id });
  return { inserted: inserted.length };
}
