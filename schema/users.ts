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
import { Locale, type NotificationChannel, type NotificationEvent, PlatformRole, PostbackEventType } from './enums';
import { affiliate } from './pg-schemas';
import { checkAllIn, checkIn } from './util/checks';
import { id, timestamps, timestamptz } from './util/columns';

/** Channels the user wants per event; an absent event means the product default. */
export type NotificationSettings = Partial<Record<NotificationEvent, NotificationChannel[]>>;

/** A linked external login (`identities`), kept as the provider sent it. */
export type UserIdentity = { provider: string; subject: string } & Record<string, unknown>;

// One global account per person: affiliates, advertiser staff and platform staff alike.
// Password reset tokens live in auth_tokens, not in a users column, hashed: a plaintext token
// in the users row would let anyone who reads the table reset any password, and one column
// cannot hold several outstanding single-use tokens.
export const users = affiliate.table(
  'users',
  {
    id: id(),
    // Stored lower-cased by the app (no citext extension), so the unique index is case-insensitive.
    email: text().notNull(),
    emailVerified: boolean().notNull().default(false),
    firstName: text(),
    lastName: text(),
    hashedPassword: text(),
    // Algorithm and cost of hashedPassword, so hashes can be upgraded on the next login.
    passwordHashParams: text(),
    identities: jsonb().$type<UserIdentity[]>(),
    avatarUrl: text(),
    lastLogin: timestamptz(),
    lastIp: inet(),
    lastPasswordReset: timestamptz(),
    loginsCount: integer().notNull().default(0),
    approvedAffiliate: boolean().notNull().default(false),
    verified: boolean().notNull().default(false),
    banned: boolean().notNull().default(false),
    blocked: boolean().notNull().default(false),
    confirmedAt: timestamptz(),
    deletedAt: timestamptz(),
    platformRole: text({ enum: PlatformRole }).notNull().default('none'),
    locale: text({ enum: Locale }).notNull().default('en'),
    // Encrypted by the app with a Worker secret: TOTP needs the secret itself, a hash is useless.
    totpSecret: text(),
    totpEnabledAt: timestamptz(),
    // The last TOTP time step accepted, so a code seen once (shoulder-surfed, phished) cannot be
    // replayed within its validity window (RFC 6238 section 5.2).
    totpLastUsedStep: bigint({ mode: 'number' }),
    paypalEmail: text(),
    // Set when the affiliate proved they read that mailbox; payouts go only to verified addresses.
    paypalEmailVerifiedAt: timestamptz(),
    postbackUrlTemplate: text(),
    postbackEnabled: boolean().notNull().default(false),
    // Which events fire the postback; `click` is opt-in because it is one request per click.
    postbackEvents: text({ enum: PostbackEventType }).array().notNull().default(['lead', 'sale', 'rejected']),
    telegramChatId: text(),
    notificationSettings: jsonb().$type<NotificationSettings>().notNull().default({}),
    // The upline for multi-level commissions: whoever referred this affiliate to the platform.
    referredById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    unique('users_email_unique').on(t.email),
    check('users_email_lower_check', sql`${t.email} = lower(${t.email})`),
    index('users_referred_by_id_idx').on(t.referredById),
    checkIn('users_platform_role_check', t.platformRole, PlatformRole),
    checkIn('users_locale_check', t.locale, Locale),
    checkAllIn('users_postback_events_check', t.postbackEvents, PostbackEventType),
  ],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
