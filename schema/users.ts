import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  check,
  boolean,
  index,
  inet,
  integer,
  jsonb,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { Locale, PlatformRole, PostbackEventType } from './enums';
import { organizations } from './organizations';
import { affiliate } from './pg-schemas';
import { checkAllIn, checkIn } from './util/checks';
import { id, timestamps, timestamptz } from './util/columns';

/** A linked external login, kept as the provider sent it. */
export type UserIdentity = { provider: string; subject: string } & Record<string, unknown>;

/**
 * One global account per person: affiliates, advertiser staff and platform staff alike.
 * Password-reset and verification tokens live hashed in auth_tokens instead: a plaintext token in
 * this row would let anyone who reads the table reset any password, and one column cannot hold
 * several outstanding single-use tokens.
 */
export const users = affiliate.table(
  'users',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** Login email, stored lower-cased by the app (no citext extension), so the unique key is case-insensitive. */
    email: text().notNull(),
    /** True once the user opened the emailed verification link; login waits for it. */
    emailVerified: boolean().notNull().default(false),
    /** Given name. */
    firstName: text(),
    /** Family name. */
    lastName: text(),
    /** Password hash; NULL when no password is set. */
    hashedPassword: text(),
    /** Algorithm and cost of hashed_password, so hashes can be upgraded on the next login. */
    passwordHashParams: text(),
    /** Linked external logins, each as its provider sent it. */
    identities: jsonb().$type<UserIdentity[]>(),
    /** Profile picture URL. */
    avatarUrl: text(),
    /** When the last session started. */
    lastLogin: timestamptz(),
    /** Client IP of the last login. */
    lastIp: inet(),
    /** When the password was last reset through an emailed link. */
    lastPasswordReset: timestamptz(),
    /** Number of successful logins. */
    loginsCount: integer().notNull().default(0),
    /** Platform approval of the affiliate: only approved affiliates may apply to programs. */
    approvedAffiliate: boolean().notNull().default(false),
    /**
     * When the platform last decided on the affiliate account (approved or rejected); NULL while it
     * waits. Not approved with a decision is a rejection (workers/domain/affiliate-review.ts).
     */
    affiliateReviewedAt: timestamptz(),
    /** Why the platform rejected the affiliate account, shown to them; NULL otherwise. */
    affiliateRejectionReason: text(),
    /** Profile flag for an account the platform has vetted; informational, no rule reads it. */
    verified: boolean().notNull().default(false),
    /** Set by platform staff: no login or session, no upline commissions, no postbacks. */
    banned: boolean().notNull().default(false),
    /** A second suspension flag, honoured wherever banned is; no endpoint sets it. */
    blocked: boolean().notNull().default(false),
    /** When the email was first confirmed (verification link, password reset or accepted invitation). */
    confirmedAt: timestamptz(),
    /** When the user deleted the account (POST /me/delete): personal fields erased, email pseudonymised; no login or session. */
    deletedAt: timestamptz(),
    /** Platform staff role (platform_owner, platform_admin, support); none for everyone else. */
    platformRole: text({ enum: PlatformRole }).notNull().default('none'),
    /** Language of the user's emails and dashboard. */
    locale: text({ enum: Locale }).notNull().default('en'),
    /**
     * TOTP secret, encrypted by the app with a Worker secret (TOTP needs the secret itself, a hash
     * is useless); set at 2FA setup, in force once totp_enabled_at is set.
     */
    totpSecret: text(),
    /** When 2FA was confirmed and turned on; NULL while it is off. */
    totpEnabledAt: timestamptz(),
    /**
     * The last TOTP time step accepted, so a code seen once (shoulder-surfed, phished) cannot be
     * replayed within its validity window (RFC 6238 section 5.2).
     */
    totpLastUsedStep: bigint({ mode: 'number' }),
    /**
     * When a signed-in request first found 2FA required of the account (platform staff, or a member
     * of an organization that requires it) and off: the grace period to set it up runs from here.
     * Cleared when 2FA is turned on, so a later requirement starts a fresh grace period.
     */
    twoFactorGraceStartedAt: timestamptz(),
    /** The affiliate's PayPal address for payouts. */
    paypalEmail: text(),
    /** Set when the affiliate proved they read that mailbox; payouts go only to verified addresses. */
    paypalEmailVerifiedAt: timestamptz(),
    /** The affiliate's server-to-server postback URL, with macros such as {click_id} expanded per event. */
    postbackUrlTemplate: text(),
    /** Master switch of the affiliate's postbacks. */
    postbackEnabled: boolean().notNull().default(false),
    /** Which events fire the postback; `click` is opt-in because it is one request per click. */
    postbackEvents: text({ enum: PostbackEventType }).array().notNull().default(['lead', 'sale', 'rejected']),
    /** Chat the telegram notification channel writes to. */
    telegramChatId: text(),
    /** The upline for multi-level commissions: whoever referred this affiliate to the platform. */
    referredById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    /**
     * The advertiser whose white-label portal the account signed up on: its emails carry that
     * brand and link to that portal host; NULL for sign-ups on the platform's own host.
     */
    signupOrganizationId: uuid().references(() => organizations.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    unique('users_email_unique').on(t.email),
    check('users_email_lower_check', sql`${t.email} = lower(${t.email})`),
    index('users_referred_by_id_idx').on(t.referredById),
    index('users_signup_organization_id_idx').on(t.signupOrganizationId),
    checkIn('users_platform_role_check', t.platformRole, PlatformRole),
    checkIn('users_locale_check', t.locale, Locale),
    checkAllIn('users_postback_events_check', t.postbackEvents, PostbackEventType),
  ],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
