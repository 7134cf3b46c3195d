import { and, eq, gt, isNull } from 'drizzle-orm';
import { enrollments, messageThreads, supportAccessGrants } from '../../../schema';
import type { MessageSide } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { AppError, NotFoundError } from '../../errors/app-error';
import { actorId, audienceScope, isStaffTenant } from '../access';
import { recordAudit } from '../audit';

/** Who is working in a thread, and as what: one of its two sides, or platform staff under a support grant. */
export interface ThreadParty {
  organizationId: string;
  affiliateId: string;
  /** The side the caller writes for; null for platform staff, who only read. */
  side: MessageSide | null;
  /** Whose read mark and unread count: the caller (null for staff, who leave no trace in the thread). */
  readerId: string | null;
}

/**
 * Platform staff in an advertiser's console read its threads only while an owner's grant runs, and every read is
 * audited (what they read: the list or one affiliate's thread). Without a grant: support_access_required.
 */
export async function requireSupportGrant({
  ctx,
  input,
}: ServiceCall<{ organizationId: string; affiliateId: string | null }>): Promise<void> {
  const [grant] = await ctx.db
    .select({ id: supportAccessGrants.id })
    .from(supportAccessGrants)
    .where(
      and(
        eq(supportAccessGrants.organizationId, input.organizationId),
        isNull(supportAccessGrants.revokedAt),
        gt(supportAccessGrants.expiresAt, ctx.now),
      ),
    )
    .limit(1);
  if (!grant)
    throw new AppError(
      'support_access_required',
      'This advertiser has not granted the platform’s support access to its messages',
    );
  await recordAudit({
    ctx,
    input: {
      action: 'support_access.thread_read',
      targetType: input.affiliateId ? 'message_thread' : 'organization',
      targetId: input.affiliateId ?? input.organizationId,
      after: { grantId: grant.id, affiliateId: input.affiliateId },
    },
  });
}

/**
 * The thread's parties for the caller. The advertiser's side names the affiliate, who must be one of its
 * affiliates (an enrollment in any of its programs, any status); the affiliate's side is its own thread with the
 * advertiser of its context (the tenant already required an enrollment there). Anyone else: not_found.
 */
export async function threadParty({
  ctx,
  input,
}: ServiceCall<{ affiliateId?: string | undefined; write: boolean }>): Promise<ThreadParty> {
  if (ctx.tenant?.kind === 'affiliate') {
    const { organizationId, affiliateId } = audienceScope(ctx, 'affiliate') as {
      organizationId: string;
      affiliateId: string;
    };
    return { organizationId, affiliateId, side: 'affiliate', readerId: actorId(ctx) };
  }
  const { organizationId } = audienceScope(ctx, 'advertiser') as { organizationId: string };
  const affiliateId = input.affiliateId;
  if (!affiliateId) throw new NotFoundError('affiliate');
  const [enrolled] = await ctx.db
    .select({ id: enrollments.id })
    .from(enrollments)
    .where(and(eq(enrollments.organizationId, organizationId), eq(enrollments.affiliateId, affiliateId)))
    .limit(1);
  if (!enrolled) throw new NotFoundError('affiliate', affiliateId);
  if (isStaffTenant(ctx)) {
    if (input.write)
      throw new AppError('forbidden', 'Platform staff read threads under support access; they never write');
    await requireSupportGrant({ ctx, input: { organizationId, affiliateId } });
    return { organizationId, affiliateId, side: null, readerId: null };
  }
  return { organizationId, affiliateId, side: 'advertiser', readerId: actorId(ctx) };
}

/** The thread's id, or null before its first message. */
export async function findThreadId({ ctx, input }: ServiceCall<ThreadParty>): Promise<string | null> {
  const [row] = await ctx.db
    .select({ id: messageThreads.id })
    .from(messageThreads)
    .where(
      and(eq(messageThreads.organizationId, input.organizationId), eq(messageThreads.affiliateId, input.affiliateId)),
    );
  return row?.id ?? null;
}
