import { eq } from 'drizzle-orm';
import { type Campaign, campaignRecipients, enrollments, users } from '../../../schema';
import type { ServiceCall } from '../../context';
import { pickLanguage } from '../../domain/campaign-message';
import { audienceConditions } from './audience-conditions';

/** Rows written per INSERT. */
const CHUNK = 500;

/**
 * Writes the campaign's recipients: one queued row per affiliate it reaches and has not reached yet, in
 * their language. The unique (campaign, affiliate) pair makes a second run, a concurrent one or a trigger
 * firing twice for the same affiliate add nothing. Returns how many were added.
 */
export async function expandRecipients({
  ctx,
  input,
}: ServiceCall<{ campaign: Campaign; limit: number }>): Promise<number> {
  const { campaign } = input;
  const audience = await ctx.db
    .selectDistinct({ affiliateId: enrollments.affiliateId, locale: users.locale })
    .from(enrollments)
    .innerJoin(users, eq(users.id, enrollments.affiliateId))
    .where(audienceConditions(campaign, ctx.now))
    .limit(input.limit);
  let added = 0;
  for (let i = 0; i < audience.length; i += CHUNK) {
    const rows = audience.slice(i, i + CHUNK).map((a) => ({
      campaignId: campaign.id,
      organizationId: campaign.organizationId,
      affiliateId: a.affiliateId,
      language: pickLanguage(campaign, a.locale),
      createdAt: ctx.now,
    }));
    const inserted = await ctx.db
      .insert(campaignRecipients)
      .values(rows)
      .onConflictDoNothing({ target: [campaignRecipients.campaignId, campaignRecipients.affiliateId] })
      .returning({ id: campaignRecipients.id });
    added += inserted.length;
  }
  return added;
}
