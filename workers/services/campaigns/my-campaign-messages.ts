import { and, desc, eq, inArray, isNotNull, lt } from 'drizzle-orm';
import { campaignRecipients, campaigns, organizations } from '../../../schema';
import type { ServiceCall } from '../../context';
import { variantOf } from '../../domain/campaign-message';
import { actorId } from '../access';

/** A campaign message as its affiliate reads it in-app: their language's subject and Markdown body. */
export interface MyCampaignMessage {
  /** The recipient row's id: what "mark read" names. */
  id: string;
  campaignId: string;
  organizationId: string;
  advertiserName: string;
  subject: string;
  body: string;
  deliveredAt: Date;
  readAt: Date | null;
}

/**
 * The signed-in affiliate's delivered campaign messages from these advertisers, newest first: only rows
 * addressed to them, so another affiliate's or another advertiser's never show. Unsubscribing stops the
 * email, not the in-app copy.
 */
export async function myCampaignMessages({
  ctx,
  input,
}: ServiceCall<{ organizationIds: string[]; limit: number; cursor?: string | undefined }>): Promise<
  MyCampaignMessage[]
> {
  if (input.organizationIds.length === 0) return [];
  const rows = await ctx.db
    .select({
      id: campaignRecipients.id,
      campaignId: campaignRecipients.campaignId,
      organizationId: campaignRecipients.organizationId,
      advertiserName: organizations.name,
      language: campaignRecipients.language,
      subjectEn: campaigns.subjectEn,
      bodyEn: campaigns.bodyEn,
      subjectRu: campaigns.subjectRu,
      bodyRu: campaigns.bodyRu,
      deliveredAt: campaignRecipients.deliveredAt,
      readAt: campaignRecipients.readAt,
    })
    .from(campaignRecipients)
    .innerJoin(campaigns, eq(campaigns.id, campaignRecipients.campaignId))
    .innerJoin(organizations, eq(organizations.id, campaignRecipients.organizationId))
    .where(
      and(
        eq(campaignRecipients.affiliateId, actorId(ctx)),
        inArray(campaignRecipients.organizationId, input.organizationIds),
        isNotNull(campaignRecipients.deliveredAt),
        input.cursor ? lt(campaignRecipients.id, input.cursor) : undefined,
      ),
    )
    .orderBy(desc(campaignRecipients.id))
    .limit(input.limit);
  return rows.map(({ language, subjectEn, bodyEn, subjectRu, bodyRu, deliveredAt, ...r }) => ({
    ...r,
    ...variantOf({ subjectEn, bodyEn, subjectRu, bodyRu }, language),
    deliveredAt: deliveredAt as Date,
  }));
}
