import { and, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import {
  affiliateTags,
  type Campaign,
  campaignRecipients,
  conversions,
  enrollments,
  enrollmentTotals,
  users,
} from '../../../schema';

/**
 * Which enrollments a campaign reaches: the advertiser's own (never another's, never an unenrolled
 * affiliate), in the targeted programs, groups and statuses, of affiliates with a targeted tag, not
 * reached yet. A triggered campaign adds its event, counted only from when it was switched on.
 */
export function audienceConditions(campaign: Campaign, now: Date): SQL {
  const startedAt = campaign.startedAt ?? new Date(0);
  return and(
    eq(enrollments.organizationId, campaign.organizationId),
    inArray(enrollments.status, campaign.statuses),
    campaign.programIds.length > 0 ? inArray(enrollments.programId, campaign.programIds) : undefined,
    campaign.groupIds.length > 0 ? inArray(enrollments.groupId, campaign.groupIds) : undefined,
    campaign.tags.length > 0
      ? sql`EXISTS (SELECT 1 FROM ${affiliateTags} WHERE ${affiliateTags.organizationId} = ${enrollments.organizationId} AND ${affiliateTags.affiliateId} = ${enrollments.affiliateId} AND ${inArray(affiliateTags.tag, campaign.tags)})`
      : undefined,
    isNull(users.deletedAt),
    sql`NOT EXISTS (SELECT 1 FROM ${campaignRecipients} WHERE ${campaignRecipients.campaignId} = ${campaign.id} AND ${campaignRecipients.affiliateId} = ${enrollments.affiliateId})`,
    triggerCondition(campaign, startedAt, now),
  ) as SQL;
}

function triggerCondition(campaign: Campaign, startedAt: Date, now: Date): SQL | undefined {
  const since = startedAt.toISOString();
  switch (campaign.trigger) {
    case null:
      return undefined;
    case 'approved':
      return sql`${enrollments.approvedAt} >= ${since}::timestamptz`;
    case 'no_click': {
      // The Nth day after joining fell after the trigger was switched on, and the enrollment has no click.
      const due = sql`${enrollments.approvedAt} + make_interval(days => ${campaign.triggerDays ?? 0})`;
      return sql`${due} >= ${since}::timestamptz AND ${due} <= ${now.toISOString()}::timestamptz AND NOT EXISTS (SELECT 1 FROM ${enrollmentTotals} WHERE ${enrollmentTotals.enrollmentId} = ${enrollments.id} AND ${enrollmentTotals.clicks} > 0)`;
    }
    case 'first_conversion':
      // Converted, and not before the trigger was switched on: the first conversion is the event.
      return sql`EXISTS (SELECT 1 FROM ${conversions} WHERE ${conversions.enrollmentId} = ${enrollments.id}) AND NOT EXISTS (SELECT 1 FROM ${conversions} WHERE ${conversions.enrollmentId} = ${enrollments.id} AND ${conversions.receivedAt} < ${since}::timestamptz)`;
  }
}
