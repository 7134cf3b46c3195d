import { and, asc, eq } from 'drizzle-orm';
import { enrollments, memberships, notificationPreferences, organizations, users } from '../../../schema';
import type {
  AffiliateReviewStatus,
  Locale,
  MemberRole,
  NotificationEvent,
  PlatformRole,
  UserNotificationChannel,
} from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { eqIf } from '../../db/eq-if';
import { affiliateReviewStatus } from '../../domain/affiliate-review';
import { channelListsOf } from '../../domain/notification-preferences';
import { type TwoFactorStanding, twoFactorStanding } from '../../domain/two-factor-requirement';
import { NotFoundError } from '../../errors/app-error';
import { readPlatformSettings } from '../platform-settings';
import { affiliateAccountSql, namedByBrand, portalScope } from '../access';
import { isTwoFactorRequired, loadTwoFactorDuty, type TwoFactorDuty } from './load-two-factor-duty';
import { startTwoFactorGrace } from './start-two-factor-grace';

/** Where an affiliate account stands with the platform, and what the affiliate is told to expect. */
export interface AffiliateReview {
  status: AffiliateReviewStatus;
  /** When the platform decided; null while the account waits. */
  reviewedAt: Date | null;
  rejectionReason: string | null;
  /** Business days a review usually takes on this install (a platform setting). */
  expectedReviewDays: number;
  /** The install approves affiliates once their email is verified. */
  autoApproval: boolean;
}

export interface Profile {
  id: string;
  email: string;
  emailVerified: boolean;
  firstName: string | null;
  lastName: string | null;
  locale: Locale;
  platformRole: PlatformRole;
  approvedAffiliate: boolean;
  /** Null for an account that is advertiser or platform staff only (no affiliate account). */
  affiliateReview: AffiliateReview | null;
  twoFactorEnabled: boolean;
  paypalEmail: string | null;
  /** Payouts go only to a verified PayPal address. */
  paypalEmailVerified: boolean;
  paypalEmailVerifiedAt: Date | null;
  postbackUrlTemplate: string | null;
  postbackEnabled: boolean;
  telegramChatId: string | null;
  /** Every event with the channels it is delivered on: read from the preference cells and defaults. */
  notificationSettings: Record<NotificationEvent, UserNotificationChannel[]>;
  lastLogin: Date | null;
  lastIp: string | null;
  loginsCount: number;
  createdAt: Date;
  /** Advertiser organizations the user works for, with the role. */
  memberships: { organizationId: string; name: string; role: MemberRole }[];
  /** Advertisers whose programs the user has joined as an affiliate: the contexts it can switch to. */
  affiliateContexts: { organizationId: string; name: string }[];
  /** Whether a rule requires 2FA of the account, who requires it, and by when it must be on. */
  twoFactorRequirement: TwoFactorRequirement;
}

export interface TwoFactorRequirement extends TwoFactorDuty {
  /** not_required; enabled; grace (until dueAt); overdue (the requiring routes answer 403 two_factor_required). */
  state: TwoFactorStanding['state'];
  dueAt: Date | null;
}

export async function getProfile({ ctx, input }: ServiceCall<{ userId: string }>): Promise<Profile> {
  const [row] = await ctx.db
    .select({ user: users, isAffiliate: affiliateAccountSql() })
    .from(users)
    .where(eq(users.id, input.userId));
  if (!row) throw new NotFoundError('user', input.userId);
  const user = row.user;
  const settings = row.isAffiliate ? await readPlatformSettings({ ctx, input: undefined }) : null;
  // On a white-label portal the account shows only that advertiser, and no platform console.
  const scope = portalScope(ctx);
  const teams = await ctx.db
    .select({ organizationId: organizations.id, name: organizations.name, role: memberships.role })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(and(eq(memberships.userId, user.id), eqIf(organizations.id, scope)))
    .orderBy(asc(organizations.name));
  const contexts = await ctx.db
    .selectDistinct({ organizationId: organizations.id, name: organizations.name })
    .from(enrollments)
    .innerJoin(organizations, eq(organizations.id, enrollments.organizationId))
    .where(and(eq(enrollments.affiliateId, user.id), eqIf(organizations.id, scope)))
    .orderBy(asc(organizations.name), asc(organizations.id));
  const preferences = await ctx.db
    .select()
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, user.id));
  const duty = await loadTwoFactorDuty({ ctx, input: { user } });
  const required = isTwoFactorRequired(duty);
  const enabled = user.totpEnabledAt !== null;
  // The grace period starts the first time the account is seen signed in while a rule applies.
  const graceStartedAt =
    required && !enabled && ctx.actor?.userId === user.id
      ? (user.twoFactorGraceStartedAt ?? (await startTwoFactorGrace({ ctx, input: { userId: user.id } })))
      : user.twoFactorGraceStartedAt;
  const standing = twoFactorStanding({
    required,
    enabled,
    graceStartedAt,
    now: ctx.now,
    graceDays: ctx.config.TWO_FACTOR_GRACE_DAYS,
  });
  return {
    id: user.id,
    email: user.email,
    emailVerified: user.emailVerified,
    firstName: user.firstName,
    lastName: user.lastName,
    locale: user.locale,
    platformRole: scope ? 'none' : user.platformRole,
    approvedAffiliate: user.approvedAffiliate,
    affiliateReview: settings && {
      status: affiliateReviewStatus(user),
      reviewedAt: user.affiliateReviewedAt,
      rejectionReason: user.approvedAffiliate ? null : user.affiliateRejectionReason,
      expectedReviewDays: settings.affiliateReviewDays,
      autoApproval: settings.affiliateAutoApproval,
    },
    twoFactorEnabled: user.totpEnabledAt !== null,
    paypalEmail: user.paypalEmail,
    paypalEmailVerified: user.paypalEmailVerifiedAt !== null,
    paypalEmailVerifiedAt: user.paypalEmailVerifiedAt,
    postbackUrlTemplate: user.postbackUrlTemplate,
    postbackEnabled: user.postbackEnabled,
    telegramChatId: user.telegramChatId,
    notificationSettings: channelListsOf(preferences),
    lastLogin: user.lastLogin,
    lastIp: user.lastIp,
    loginsCount: user.loginsCount,
    createdAt: user.createdAt,
    memberships: teams,
    affiliateContexts: namedByBrand(ctx, contexts, (c) => c.organizationId),
    twoFactorRequirement: {
      ...duty,
      state: standing.state,
      dueAt: standing.state === 'grace' || standing.state === 'overdue' ? standing.dueAt : null,
    },
  };
}
