import { sql } from 'drizzle-orm';
import { apiKeys, apps, conversions, enrollments, programs } from '../../../schema';
import type { ServiceCall } from '../../context';
import { advertiserOrgId } from '../tenant-scope';

/** How far the tenant has set itself up; each figure is what one getting-started step is waiting for. */
export interface Onboarding {
  apps: number;
  activeApiKeys: number;
  programs: number;
  enrollments: number;
  lastConversionAt: Date | null;
}

/** One round trip for the whole checklist, so the overview does not call five list endpoints. */
export async function getOnboarding({ ctx }: ServiceCall<void>): Promise<Onboarding> {
  const orgId = advertiserOrgId(ctx);
  const result = await ctx.db.execute(sql`
    SELECT
      (SELECT count(*)::int FROM ${apps} WHERE ${apps.organizationId} = ${orgId}) AS apps,
      (SELECT count(*)::int FROM ${apiKeys} JOIN ${apps} ON ${apps.id} = ${apiKeys.appId}
        WHERE ${apps.organizationId} = ${orgId} AND ${apiKeys.revokedAt} IS NULL) AS active_api_keys,
      (SELECT count(*)::int FROM ${programs} WHERE ${programs.organizationId} = ${orgId}) AS programs,
      (SELECT count(*)::int FROM ${enrollments} WHERE ${enrollments.organizationId} = ${orgId}) AS enrollments,
      (SELECT max(${conversions.receivedAt}) FROM ${conversions} WHERE ${conversions.organizationId} = ${orgId})
        AS last_conversion_at`);
  const row = result.rows[0] as {
    apps: number;
    active_api_keys: number;
    programs: number;
    enrollments: number;
    last_conversion_at: string | Date | null;
  };
  return {
    apps: row.apps,
    activeApiKeys: row.active_api_keys,
    programs: row.programs,
    enrollments: row.enrollments,
    lastConversionAt: row.last_conversion_at === null ? null : new Date(row.last_conversion_at),
  };
}
