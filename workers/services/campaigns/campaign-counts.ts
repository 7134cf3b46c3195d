import { count, eq, inArray, sql } from 'drizzle-orm';
import { campaignRecipients, emailOutbox } from '../../../schema';
import type { ServiceCall } from '../../context';

/** A campaign's recipients by delivery state; `failed` includes emails the provider gave up on. */
export interface CampaignCounts {
  recipients: number;
  queued: number;
  sent: number;
  skippedUnsubscribed: number;
  failed: number;
  read: number;
}

export const NO_COUNTS: CampaignCounts = {
  recipients: 0,
  queued: 0,
  sent: 0,
  skippedUnsubscribed: 0,
  failed: 0,
  read: 0,
};

/** The counts of several campaigns in one grouped read. */
export async function campaignCounts({
  ctx,
  input,
}: ServiceCall<{ campaignIds: string[] }>): Promise<Map<string, CampaignCounts>> {
  const { campaignIds } = input;
  if (campaignIds.length === 0) return new Map();
  const failed = sql`(${campaignRecipients.state} = 'failed' OR ${emailOutbox.status} = 'failed')`;
  const rows = await ctx.db
    .select({
      campaignId: campaignRecipients.campaignId,
      recipients: count(),
      queued: sql<number>`count(*) FILTER (WHERE ${campaignRecipients.state} = 'queued')::int`,
      sent: sql<number>`count(*) FILTER (WHERE ${campaignRecipients.state} = 'sent' AND NOT ${failed})::int`,
      skippedUnsubscribed: sql<number>`count(*) FILTER (WHERE ${campaignRecipients.state} = 'skipped_unsubscribed')::int`,
      failed: sql<number>`count(*) FILTER (WHERE ${failed})::int`,
      read: sql<number>`count(${campaignRecipients.readAt})::int`,
    })
    .from(campaignRecipients)
    .leftJoin(emailOutbox, eq(emailOutbox.id, campaignRecipients.emailOutboxId))
    .where(inArray(campaignRecipients.campaignId, campaignIds))
    .groupBy(campaignRecipients.campaignId);
  return new Map(rows.map(({ campaignId, ...counts }) => [campaignId, counts]));
}
