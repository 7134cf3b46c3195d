import { and, asc, eq, gt } from 'drizzle-orm';
import {
  type CampaignDeliveryState,
  campaignRecipients,
  emailOutbox,
  type EmailStatus,
  type Locale,
  users,
} from '../../../schema';
import type { ServiceCall } from '../../context';
import { actingAdvertiser } from '../access';
import { loadCampaign } from './load-campaign';

export interface RecipientReportRow {
  id: string;
  affiliateId: string;
  email: string;
  name: string | null;
  language: Locale;
  state: CampaignDeliveryState;
  /** The outbox's own state of the email: pending, sent or failed; null when none was written. */
  emailStatus: EmailStatus | null;
  error: string | null;
  deliveredAt: Date | null;
  readAt: Date | null;
}

/** A campaign's recipients and how each delivery went, in the order they were expanded (keyset pages). */
export async function listCampaignRecipients({
  ctx,
  input,
}: ServiceCall<{ campaignId: string; limit: number; cursor?: string | undefined }>): Promise<RecipientReportRow[]> {
  const { organizationId } = actingAdvertiser(ctx);
  const campaign = await loadCampaign({ ctx, input: { organizationId, campaignId: input.campaignId } });
  const rows = await ctx.db
    .select({
      id: campaignRecipients.id,
      affiliateId: campaignRecipients.affiliateId,
      email: users.email,
      firstName: users.firstName,
      lastName: users.lastName,
      language: campaignRecipients.language,
      state: campaignRecipients.state,
      emailStatus: emailOutbox.status,
      error: campaignRecipients.error,
      outboxError: emailOutbox.lastError,
      deliveredAt: campaignRecipients.deliveredAt,
      readAt: campaignRecipients.readAt,
    })
    .from(campaignRecipients)
    .innerJoin(users, eq(users.id, campaignRecipients.affiliateId))
    .leftJoin(emailOutbox, eq(emailOutbox.id, campaignRecipients.emailOutboxId))
    .where(
      and(
        eq(campaignRecipients.campaignId, campaign.id),
        input.cursor ? gt(campaignRecipients.id, input.cursor) : undefined,
      ),
    )
    .orderBy(asc(campaignRecipients.id))
    .limit(input.limit + 1);
  return rows.map(({ firstName, lastName, outboxError, ...r }) => ({
    ...r,
    state: r.emailStatus === 'failed' ? 'failed' : r.state,
    name: [firstName, lastName].filter(Boolean).join(' ') || null,
    error: r.error ?? (r.emailStatus === 'failed' ? outboxError : null),
  }));
}
