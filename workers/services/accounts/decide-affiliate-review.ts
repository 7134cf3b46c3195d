import { eq } from 'drizzle-orm';
import { users } from '../../../schema';
import type { AffiliateReviewStatus } from '../../../schema/enums';
import { inTransaction, type ServiceCall } from '../../context';
import { affiliateReviewColumns, affiliateReviewStatus, canChangeAffiliateReview } from '../../domain/affiliate-review';
import { AppError, NotFoundError } from '../../errors/app-error';
import { recordAudit } from '../audit';
import { enqueueNotifications } from '../notifications';
import { affiliateAccountSql } from '../access';
import { emailBrand } from '../email';

export interface AffiliateReviewDecision {
  userId: string;
  to: Exclude<AffiliateReviewStatus, 'pending'>;
  reason?: string | null | undefined;
  /** The platform setting decided, not a person: audited and worded as such. */
  automatic?: boolean | undefined;
}

export interface AffiliateReviewResult {
  userId: string;
  affiliateStatus: AffiliateReviewStatus;
  /** False when the account already stood there: nothing was written or sent. */
  changed: boolean;
}

/**
 * Approves or rejects an affiliate account through the review's transition table, audits it, and
 * after commit tells the affiliate (in-app, email, Telegram as they chose, in their language).
 * Repeating a decision changes nothing. Staff and advertiser accounts are not affiliates:
 * refused with not_affiliate_account.
 */
export async function decideAffiliateReview({
  ctx,
  input,
}: ServiceCall<AffiliateReviewDecision>): Promise<AffiliateReviewResult> {
  const result = await inTransaction(ctx, async (tx) => {
    const [user] = await tx.db
      .select({
        approvedAffiliate: users.approvedAffiliate,
        affiliateReviewedAt: users.affiliateReviewedAt,
        affiliateRejectionReason: users.affiliateRejectionReason,
        deletedAt: users.deletedAt,
        isAffiliate: affiliateAccountSql(),
      })
      .from(users)
      .where(eq(users.id, input.userId))
      .for('update');
    if (!user || user.deletedAt) throw new NotFoundError('user', input.userId);
    if (!user.isAffiliate)
      throw new AppError(
        'not_affiliate_account',
        'This account belongs to advertiser or platform staff, not to an affiliate; only affiliate accounts are approved or rejected',
      );
    const from = affiliateReviewStatus(user);
    if (from === input.to) return { changed: false as const, from };
    if (!canChangeAffiliateReview(from, input.to))
      throw new AppError(
        'conflict',
        'This affiliate account is already approved; ban it instead if it must no longer work',
        { status: from },
      );
    const columns = affiliateReviewColumns(input.to, tx.now, input.reason ?? null);
    await tx.db.update(users).set(columns).where(eq(users.id, input.userId));
    await recordAudit({
      ctx: tx,
      input: {
        action: input.to === 'approved' ? 'user.affiliate_approved' : 'user.affiliate_rejected',
        targetType: 'user',
        targetId: input.userId,
        before: { approvedAffiliate: user.approvedAffiliate, affiliateStatus: from },
        after: {
          approvedAffiliate: columns.approvedAffiliate,
          affiliateStatus: input.to,
          ...(input.to === 'rejected' ? { reason: columns.affiliateRejectionReason } : {}),
          automatic: input.automatic === true,
        },
      },
    });
    return { changed: true as const, from };
  });
  // The next step is on the portal the affiliate signed up on, when there is one, as the email's brand says.
  const brand = result.changed ? await emailBrand({ ctx, input: { userId: input.userId } }) : null;
  if (result.changed && brand)
    await enqueueNotifications({
      ctx,
      input: {
        requests: [
          {
            v: 1,
            userId: input.userId,
            organizationId: null,
            event: 'affiliate_review',
            title:
              input.to === 'approved'
                ? 'Your affiliate account is approved'
                : 'Your affiliate account was not approved',
            body:
              input.to === 'approved'
                ? 'You can now apply to programs in the marketplace.'
                : 'The platform team reviewed your account and did not approve it.',
            data: {
              decision: input.to,
              reason: input.to === 'rejected' ? (input.reason ?? null) : null,
              automatic: input.automatic === true,
              marketplaceUrl: `${brand.baseUrl}/affiliate/marketplace`,
            },
            // A later decision (approved after a rejection) is news again; the same one redelivered is not.
            dedupeKey: `affiliate_review:${input.userId}:${input.to}:${ctx.now.getTime()}`,
          },
        ],
      },
    });
  return { userId: input.userId, affiliateStatus: input.to, changed: result.changed };
}
