import { z } from '@hono/zod-openapi';
import {
  AffiliateReviewStatus,
  NotificationChannel,
  NotificationEvent,
  UserNotificationChannel,
} from '../../../schema/enums';
import { checkPostbackTemplate, describeTemplateProblem, POSTBACK_MACROS } from '../../domain/postback-template';
import {
  emailField,
  localeField,
  memberRoleField,
  nameField,
  newPasswordField,
  passwordField,
  platformRoleField,
  totpCodeField,
  uuidField,
} from './common-schema';

const notificationSettings = z
  .partialRecord(z.enum(NotificationEvent), z.array(z.enum(NotificationChannel)).max(NotificationChannel.length))
  .describe(
    'Channels per event, another view of GET/PUT /me/notification-preferences (the one store): each event listed has its email, telegram and in_app cells set (on when listed); events left out keep theirs; webhook is chosen per endpoint and changes nothing here',
  );

export const profileResponse = z
  .object({
    id: uuidField,
    email: z.string(),
    emailVerified: z.boolean(),
    firstName: z.string().nullable(),
    lastName: z.string().nullable(),
    locale: localeField,
    platformRole: platformRoleField,
    approvedAffiliate: z.boolean().describe('Approved by the platform to join programs'),
    affiliateReview: z
      .object({
        status: z.enum(AffiliateReviewStatus),
        reviewedAt: z.iso.datetime().nullable().describe('When the platform decided; null while the account waits'),
        rejectionReason: z.string().nullable(),
        expectedReviewDays: z
          .number()
          .int()
          .describe('Business days a review usually takes on this install (platform setting)'),
        autoApproval: z.boolean().describe('The install approves affiliate accounts once their email is verified'),
      })
      .nullable()
      .describe('Where the affiliate account stands with the platform; null for advertiser or platform staff only'),
    twoFactorEnabled: z.boolean(),
    paypalEmail: z.string().nullable().describe('Where PayPal payouts go; set with PUT /me/paypal-email'),
    paypalEmailVerified: z
      .boolean()
      .describe('Whether the owner of paypalEmail opened the link mailed to it; payouts go only to a verified address'),
    paypalEmailVerifiedAt: z.iso.datetime().nullable(),
    postbackUrlTemplate: z.string().nullable(),
    postbackEnabled: z.boolean(),
    telegramChatId: z.string().nullable(),
    notificationSettings: z
      .record(z.enum(NotificationEvent), z.array(z.enum(UserNotificationChannel)))
      .describe('Every event with the channels it is delivered on (the preferences matrix as lists)'),
    lastLogin: z.iso.datetime().nullable(),
    lastIp: z.string().nullable(),
    loginsCount: z.number().int(),
    createdAt: z.iso.datetime(),
    memberships: z.array(z.object({ organizationId: uuidField, name: z.string(), role: memberRoleField })),
    affiliateContexts: z
      .array(z.object({ organizationId: uuidField, name: z.string() }))
      .describe('Advertisers whose programs the user joined as an affiliate'),
    twoFactorRequirement: z
      .object({
        platform: z.boolean().describe('Required because the account is platform staff'),
        organizations: z
          .array(z.object({ organizationId: uuidField, name: z.string() }))
          .describe('Organizations of the account that require it of their members'),
        state: z
          .enum(['not_required', 'enabled', 'grace', 'overdue'])
          .describe(
            'grace: not on yet, allowed until dueAt; overdue: the requiring routes answer 403 two_factor_required',
          ),
        dueAt: z.iso.datetime().nullable().describe('When the grace period ends (grace, overdue); else null'),
      })
      .openapi('TwoFactorRequirement'),
  })
  .openapi('Profile');

export const postbackUrlTemplate = z
  .string()
  .max(2048)
  .superRefine((value, ctx) => {
    const problem = checkPostbackTemplate(value);
    if (problem) ctx.addIssue({ code: 'custom', message: describeTemplateProblem(problem) });
  })
  .describe(
    `https URL fired for click, lead, sale and rejected events; macros: ${POSTBACK_MACROS.map((m) => `{${m}}`).join(' ')}`,
  );

export const updateProfileBody = z
  .object({
    firstName: nameField.nullable().optional(),
    lastName: nameField.nullable().optional(),
    locale: localeField.optional(),
    paypalEmail: emailField
      .nullable()
      .optional()
      .describe(
        'Where PayPal payouts go; a new address is unverified until the link mailed to it is opened (as with PUT /me/paypal-email)',
      ),
    postbackUrlTemplate: postbackUrlTemplate.nullable().optional(),
    postbackEnabled: z.boolean().optional(),
    telegramChatId: z
      .string()
      .regex(/^(-?\d{1,20}|@[A-Za-z0-9_]{5,32})$/, 'A numeric chat id or an @channel name')
      .nullable()
      .optional(),
    notificationSettings: notificationSettings.optional(),
  })
  .strict()
  .openapi('UpdateProfileRequest');

export const paypalEmailBody = z.object({ email: emailField }).strict().openapi('PaypalEmailRequest');

export const changePasswordBody = z
  .object({
    currentPassword: passwordField
      .optional()
      .describe(
        'Required when the account has a password; left out to set a first one (signed up through Google or GitHub)',
      ),
    newPassword: newPasswordField,
  })
  .strict()
  .openapi('ChangePasswordRequest');

export const sessionsResponse = z
  .object({
    sessions: z.array(
      z.object({
        id: uuidField.describe('The session (refresh-token family)'),
        device: z.string().nullable().describe('User agent at the last refresh'),
        ip: z.string().nullable(),
        signedInAt: z.iso.datetime(),
        lastUsedAt: z.iso.datetime(),
        current: z.boolean(),
      }),
    ),
  })
  .openapi('Sessions');

export const sessionParams = z.object({
  sessionId: uuidField.openapi({ param: { name: 'sessionId', in: 'path' } }).describe('id from GET /me/sessions'),
});

export const loginsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20).describe('How many sign-ins, newest first (1–100)'),
});

export const loginsResponse = z
  .object({
    logins: z.array(
      z.object({
        id: uuidField.describe('The session this sign-in started'),
        signedInAt: z.iso.datetime(),
        device: z.string().nullable().describe('User agent at sign-in'),
        ip: z.string().nullable(),
        active: z.boolean().describe('Its session is still live'),
      }),
    ),
  })
  .openapi('Logins');

export const loggedOutResponse = z.object({ sessionsEnded: z.number().int() }).openapi('LoggedOut');

export const twoFactorSetupResponse = z
  .object({
    secret: z.string().describe('Base32 TOTP secret, for manual entry'),
    otpauthUrl: z.string().describe('otpauth:// URI, for a QR code'),
  })
  .openapi('TwoFactorSetup');

export const codeBody = z.object({ code: totpCodeField }).strict().openapi('TwoFactorCodeRequest');

export const recoveryCodesResponse = z
  .object({ recoveryCodes: z.array(z.string()).describe('Shown once: each works once in place of a code') })
  .openapi('RecoveryCodes');

export const disableTwoFactorBody = z
  .object({ password: passwordField, code: totpCodeField })
  .strict()
  .openapi('DisableTwoFactorRequest');
