import { and, eq, inArray, or, sql } from 'drizzle-orm';
import {
  auditLog,
  authTokens,
  emailOutbox,
  enrollments,
  memberships,
  notifications,
  rateLimitHits,
  refreshTokens,
  totpRecoveryCodes,
  users,
  type User,
} from '../../../schema';
import type { ServiceCall } from '../../context';
import { deletedAccountEmail } from '../../domain/account-deletion';
import { ENROLLMENT_ACTIONS } from '../../domain/enrollment-status';
import { recordAudit } from '../audit';
import { eraseTaxData } from '../tax';

/** Keys of audit before/after snapshots that hold someone's personal data. */
const PERSONAL_AUDIT_KEYS = `{${['email', 'paypalEmail', 'firstName', 'lastName', 'telegramChatId', 'postbackUrlTemplate'].join(',')}}`;

const withoutPersonalKeys = (column: typeof auditLog.before | typeof auditLog.after) =>
  sql`CASE WHEN jsonb_typeof(${column}) = 'object' THEN ${column} - ${PERSONAL_AUDIT_KEYS}::text[] ELSE ${column} END`;

/**
 * Inside the deletion's transaction: ends every session, team seat and enrollment, and erases or
 * pseudonymises the personal fields. The user row itself stays (deleted_at set), because
 * commission lines, payouts and conversions reference it and the books must stay whole.
 * Answers the enrollments it ended, whose routing the caller republishes after commit.
 */
export async function eraseAccount({
  ctx,
  input: { user },
}: ServiceCall<{ user: User }>): Promise<{ endedEnrollments: string[] }> {
  const oldEmails = [user.email, user.paypalEmail].filter((e): e is string => !!e);
  await ctx.db
    .update(users)
    .set({
      email: deletedAccountEmail(user.id),
      emailVerified: false,
      firstName: null,
      lastName: null,
      hashedPassword: null,
      passwordHashParams: null,
      identities: null,
      avatarUrl: null,
      lastIp: null,
      approvedAffiliate: false,
      platformRole: 'none',
      totpSecret: null,
      totpEnabledAt: null,
      totpLastUsedStep: null,
      paypalEmail: null,
      paypalEmailVerifiedAt: null,
      postbackUrlTemplate: null,
      postbackEnabled: false,
      telegramChatId: null,
      deletedAt: ctx.now,
    })
    .where(eq(users.id, user.id));
  // Sessions and the login history (device and IP of each sign-in) go together.
  await ctx.db.delete(refreshTokens).where(eq(refreshTokens.userId, user.id));
  await ctx.db.delete(authTokens).where(eq(authTokens.userId, user.id));
  await ctx.db.delete(totpRecoveryCodes).where(eq(totpRecoveryCodes.userId, user.id));
  await ctx.db.delete(notifications).where(eq(notifications.userId, user.id));
  await ctx.db.delete(rateLimitHits).where(inArray(rateLimitHits.key, [user.id, ...oldEmails]));
  await ctx.db.delete(emailOutbox).where(inArray(emailOutbox.to, oldEmails));
  await ctx.db
    .update(auditLog)
    .set({
      ip: sql`CASE WHEN ${auditLog.actorId} = ${user.id} THEN NULL ELSE ${auditLog.ip} END`,
      userAgent: sql`CASE WHEN ${auditLog.actorId} = ${user.id} THEN NULL ELSE ${auditLog.userAgent} END`,
      before: withoutPersonalKeys(auditLog.before),
      after: withoutPersonalKeys(auditLog.after),
    })
    .where(or(eq(auditLog.actorId, user.id), and(eq(auditLog.targetType, 'user'), eq(auditLog.targetId, user.id))));

  await eraseTaxData({ ctx, input: { userId: user.id } });

  const seats = await ctx.db.delete(memberships).where(eq(memberships.userId, user.id)).returning();
  for (const seat of seats) {
    await recordAudit({
      ctx,
      input: {
        action: 'member.left',
        targetType: 'membership',
        targetId: seat.id,
        organizationId: seat.organizationId,
        before: { userId: user.id, role: seat.role },
        after: { reason: 'account_deleted' },
      },
    });
  }
  const ended = await ctx.db
    .update(enrollments)
    .set({ status: ENROLLMENT_ACTIONS.terminate.to, statusReason: 'account deleted' })
    .where(
      and(eq(enrollments.affiliateId, user.id), inArray(enrollments.status, [...ENROLLMENT_ACTIONS.terminate.from])),
    )
    .returning({ id: enrollments.id, organizationId: enrollments.organizationId });
  for (const e of ended) {
    await recordAudit({
      ctx,
      input: {
        action: 'enrollment.terminated',
        targetType: 'enrollment',
        targetId: e.id,
        organizationId: e.organizationId,
        after: { status: ENROLLMENT_ACTIONS.terminate.to, reason: 'account_deleted' },
      },
    });
  }
  return { endedEnrollments: ended.map((e) => e.id) };
}
