import { and, eq, inArray } from 'drizzle-orm';
import { type Campaign, campaignRecipients, campaignUnsubscribes, organizations, users } from '../../../schema';
import type { Executor } from '../../db/client';
import { inTransaction, type ServiceCall } from '../../context';
import { campaignEmail } from '../../domain/campaign-message';
import { signUnsubscribe } from '../../domain/unsubscribe-token';
import { deliverEmail, emailBrand, sendEmail } from '../email';

/**
 * Delivers one chunk of a campaign's queued recipients. In one transaction the chunk is claimed (SKIP
 * LOCKED: a concurrent run takes other rows), each email is written to the outbox and each row leaves
 * `queued`; a crash before the commit leaves every row queued and no email written, so the next run
 * resumes without sending twice. Marketing email skips affiliates who unsubscribed (in-app still shows
 * it). The provider is called after the commit; the outbox sweep retries. Returns the chunk's size.
 */
export async function deliverRecipients({
  ctx,
  input,
}: ServiceCall<{ campaign: Campaign; limit: number }>): Promise<number> {
  const { campaign } = input;
  const brand = await emailBrand({ ctx, input: { organizationId: campaign.organizationId } });
  const [advertiser] = await ctx.db
    .select({ name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, campaign.organizationId));
  const sender = { ...brand, advertiserName: brand.fromName ?? advertiser?.name ?? brand.name };
  const outboxIds: string[] = [];
  const delivered = await inTransaction(ctx, async (tx) => {
    const claimed = await tx.db
      .select({
        id: campaignRecipients.id,
        affiliateId: campaignRecipients.affiliateId,
        language: campaignRecipients.language,
      })
      .from(campaignRecipients)
      .where(and(eq(campaignRecipients.campaignId, campaign.id), eq(campaignRecipients.state, 'queued')))
      .orderBy(campaignRecipients.id)
      .limit(input.limit)
      .for('update', { skipLocked: true });
    if (claimed.length === 0) return 0;
    const ids = claimed.map((r) => r.affiliateId);
    const people = await tx.db
      .select({ id: users.id, email: users.email, deletedAt: users.deletedAt })
      .from(users)
      .where(inArray(users.id, ids));
    const unsubscribed =
      campaign.category === 'marketing'
        ? await tx.db
            .select({ userId: campaignUnsubscribes.userId })
            .from(campaignUnsubscribes)
            .where(
              and(
                eq(campaignUnsubscribes.organizationId, campaign.organizationId),
                inArray(campaignUnsubscribes.userId, ids),
              ),
            )
        : [];
    for (const recipient of claimed) {
      const person = people.find((p) => p.id === recipient.affiliateId);
      const done = { deliveredAt: tx.now };
      if (!person || person.deletedAt) {
        await mark(tx.db, recipient.id, { ...done, state: 'failed', error: 'The account was deleted' });
      } else if (unsubscribed.some((u) => u.userId === recipient.affiliateId)) {
        await mark(tx.db, recipient.id, { ...done, state: 'skipped_unsubscribed' });
      } else {
        const { outboxId } = await sendEmail({
          ctx: tx,
          input: await emailFor(tx.config.JWT_SECRET, tx.now, campaign, sender, person, recipient.language),
        });
        outboxIds.push(outboxId);
        await mark(tx.db, recipient.id, { ...done, state: 'sent', emailOutboxId: outboxId });
      }
    }
    return claimed.length;
  });
  for (const outboxId of outboxIds) await deliverEmail({ ctx, input: { outboxId } });
  return delivered;
}

async function mark(db: Executor, id: string, values: Partial<typeof campaignRecipients.$inferInsert>): Promise<void> {
  await db.update(campaignRecipients).set(values).where(eq(campaignRecipients.id, id));
}

async function emailFor(
  secret: string,
  now: Date,
  campaign: Campaign,
  brand: { advertiserName: string; baseUrl: string; fromName: string | null },
  person: { id: string; email: string },
  language: 'en' | 'ru',
) {
  const marketing = campaign.category === 'marketing';
  const token = marketing
    ? await signUnsubscribe({ userId: person.id, organizationId: campaign.organizationId }, secret, now)
    : null;
  const email = campaignEmail({
    variants: campaign,
    language,
    advertiserName: brand.advertiserName,
    unsubscribeUrl: token ? `${brand.baseUrl}/unsubscribe?token=${token}` : null,
  });
  return {
    to: person.email,
    ...email,
    template: marketing ? 'campaign_marketing' : 'campaign_transactional',
    fromName: brand.fromName,
    // RFC 8058: mail clients show their own unsubscribe button and POST to this URL, one click, no login.
    headers: token
      ? {
          'List-Unsubscribe': `<${brand.baseUrl}/api/campaigns/unsubscribe?token=${token}>`,
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        }
      : null,
  };
}
