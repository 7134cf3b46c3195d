import { z } from '@hono/zod-openapi';
import { ACCOUNT_LIMITS } from '../../contracts/account-limits';
import {
  browserSessionTokensSchema,
  emailField,
  localeField,
  memberRoleField,
  nameField,
  newPasswordField,
  passwordField,
  sessionTokensSchema,
  sessionUserSchema,
  tokenField,
  totpCodeField,
  uuidField,
} from './common-schema';

export const signUpBody = z
  .object({
    email: emailField,
    password: newPasswordField,
    firstName: nameField.optional(),
    lastName: nameField.optional(),
    accountType: z
      .enum(['affiliate', 'advertiser'])
      .describe('An advertiser also gets an organization (Starter plan) that it owns'),
    organizationName: z
      .string()
      .trim()
      .min(1)
      .max(ACCOUNT_LIMITS.organizationNameMax)
      .optional()
      .describe('Required for an advertiser'),
    locale: localeField.optional(),
    recruitCode: z
      .string()
      .max(64)
      .optional()
      .describe(
        'An affiliate’s recruit code (the recruit= of its sign-up link), case-insensitive: its owner becomes this ' +
          'affiliate’s upline for multi-level commissions, once and for good. An unknown code, one whose owner may ' +
          'no longer recruit, or any code on an advertiser sign-up is ignored (recruitCodeApplied: false)',
      ),
    joinCode: z
      .string()
      .trim()
      .min(1)
      .max(64)
      .optional()
      .describe(
        'An affiliate signing up through an invite link (/join/{code}): the link enrolls the account once its email is verified',
      ),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.accountType === 'advertiser' && !v.organizationName)
      ctx.addIssue({ code: 'custom', path: ['organizationName'], message: 'Required for an advertiser' });
  })
  .openapi('SignUpRequest');

export const signUpResponse = z
  .object({
    userId: uuidField,
    email: z.string(),
    accountType: z.enum(['affiliate', 'advertiser']),
    organizationId: uuidField.nullable(),
    emailVerificationSent: z.literal(true),
    affiliateContextId: uuidField
      .nullable()
      .describe(
        'Signed up on an advertiser’s white-label portal: that advertiser, whose programs the account applies to once its email is verified',
      ),
    recruitCodeApplied: z
      .boolean()
      .optional()
      .describe('Present when recruitCode was sent: true when it recorded the referrer, false when it was ignored'),
  })
  .openapi('SignUpResult');

export const tokenBody = z.object({ token: tokenField }).strict().openapi('TokenRequest');
export const emailBody = z.object({ email: emailField }).strict().openapi('EmailRequest');

export const verifyEmailResponse = z
  .object({
    email: z.string(),
    emailVerified: z.literal(true),
    joined: z
      .array(z.object({ organizationName: z.string(), programIds: z.array(uuidField) }))
      .optional()
      .describe(
        'Present when the account signed up through invite links or on a white-label portal: what they enrolled it in',
      ),
    affiliateContextId: uuidField
      .nullable()
      .describe(
        'The advertiser whose context to open after signing in: the portal’s advertiser for a sign-up on its white-label portal',
      ),
    session: browserSessionTokensSchema
      .extend({ user: sessionUserSchema })
      .optional()
      .describe(
        'With X-Refresh-Transport: cookie, when the account may sign in and has no 2FA: the link signed in (ae_refresh set)',
      ),
  })
  .openapi('EmailVerified');

export const logInBody = z.object({ email: emailField, password: passwordField }).strict().openapi('LogInRequest');

export const sessionResponse = sessionTokensSchema.extend({ user: sessionUserSchema }).openapi('Session');

export const browserSessionResponse = browserSessionTokensSchema
  .extend({ user: sessionUserSchema })
  .openapi('BrowserSession');

/** Login, login/2fa and refresh: the browser (the dashboard) asks for the refresh token as a cookie. */
export const refreshTransportHeaders = z.object({
  'x-refresh-transport': z
    .enum(['cookie'])
    .optional()
    .describe(
      'cookie: the refresh token is set as the HttpOnly cookie ae_refresh (Path=/api/auth/refresh) and left out of the body; ' +
        'refresh then reads it from that cookie. Same-origin only (403 csrf_rejected otherwise)',
    ),
});

export const challengeResponse = z
  .object({
    twoFactorRequired: z.literal(true),
    challengeToken: z.string().describe('Send to POST /auth/login/2fa with a code; valid for expiresIn seconds'),
    expiresIn: z.number().int(),
  })
  .openapi('TwoFactorChallenge');

export const logInResponse = z
  .union([sessionResponse, browserSessionResponse, challengeResponse])
  .openapi('LogInResult');

export const twoFactorLogInBody = z
  .object({
    challengeToken: z.string().min(1).max(2048),
    code: totpCodeField.optional(),
    recoveryCode: z
      .string()
      .min(10)
      .max(32)
      .optional()
      .describe('One of the recovery codes shown when 2FA was turned on; works once'),
  })
  .strict()
  .refine((v) => (v.code === undefined) !== (v.recoveryCode === undefined), {
    message: 'Send either code or recoveryCode',
    path: ['code'],
  })
  .openapi('TwoFactorLogInRequest');

export const twoFactorLogInResponse = z
  .union([sessionResponse, browserSessionResponse])
  .openapi('TwoFactorLogInResult');

export const refreshBody = z
  .object({
    refreshToken: z
      .string()
      .min(16)
      .max(512)
      .optional()
      .describe('Required, unless X-Refresh-Transport: cookie: then leave it out (the body may be {} or absent)'),
  })
  .strict()
  .openapi('RefreshRequest');

export const refreshCookies = z.object({
  ae_refresh: z.string().optional().describe('The browser session’s refresh token, read in cookie mode only'),
});

export const refreshResponse = z.union([sessionTokensSchema, browserSessionTokensSchema]).openapi('RefreshResult');

export const resetPasswordBody = z
  .object({ token: tokenField, newPassword: newPasswordField })
  .strict()
  .openapi('ResetPasswordRequest');

export const acceptInvitationBody = z
  .object({
    token: tokenField,
    password: newPasswordField
      .optional()
      .describe('Required when the invited email has no account yet; ignored otherwise'),
    firstName: nameField.optional(),
    lastName: nameField.optional(),
  })
  .strict()
  .openapi('AcceptInvitationRequest');

export const acceptInvitationResponse = z
  .object({
    organizationId: uuidField,
    role: memberRoleField.nullable().describe('The team role joined; null for a program invitation'),
    programId: uuidField.nullable().describe('The program joined (active at once); null for a team invitation'),
    enrollmentId: uuidField.nullable(),
    userId: uuidField,
    accountCreated: z.boolean(),
  })
  .openapi('InvitationAccepted');

export const paypalEmailVerifiedResponse = z
  .object({ paypalEmail: z.string(), paypalEmailVerified: z.literal(true), paypalEmailVerifiedAt: z.iso.datetime() })
  .openapi('PaypalEmailVerified');

export const paypalEmailRestoredResponse = z
  .object({
    paypalEmail: z.string().nullable().openapi({ description: 'The address payouts go to now (confirmed), or null' }),
  })
  .openapi('PaypalEmailRestored');
