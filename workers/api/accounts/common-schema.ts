import { z } from '@hono/zod-openapi';
import { Locale, MemberRole, PlatformRole } from '../../../schema/enums';
import { ACCOUNT_LIMITS } from '../../contracts/account-limits';

export const emailField = z.email().max(ACCOUNT_LIMITS.emailMax).describe('Case-insensitive; stored lower-cased');
/** Long enough to resist guessing even offline; capped so hashing stays within the CPU budget. */
export const newPasswordField = z
  .string()
  .min(ACCOUNT_LIMITS.newPasswordMin, `At least ${ACCOUNT_LIMITS.newPasswordMin} characters`)
  .max(ACCOUNT_LIMITS.passwordMax);
/** Checking an existing password applies no policy: old passwords may predate it. */
export const passwordField = z.string().min(1).max(ACCOUNT_LIMITS.passwordMax);
export const tokenField = z.string().min(16).max(512).describe('The token from the emailed link');
export const totpCodeField = z
  .string()
  .regex(/^\d{6}$/, 'Six digits')
  .describe('The current six-digit code of the authenticator app');
export const nameField = z.string().trim().min(1).max(ACCOUNT_LIMITS.nameMax);
export const localeField = z.enum(Locale);
export const memberRoleField = z.enum(MemberRole);
export const platformRoleField = z.enum(PlatformRole);
export const uuidField = z.uuid();

export const acceptedResponse = z.object({ status: z.literal('accepted'), message: z.string() }).openapi('Accepted');

export const sessionUserSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    firstName: z.string().nullable(),
    lastName: z.string().nullable(),
    locale: localeField,
    platformRole: platformRoleField,
    approvedAffiliate: z.boolean(),
  })
  .openapi('SessionUser');

export const sessionTokensSchema = z
  .object({
    accessToken: z.string().describe('JWT (HS256), 15 minutes; send as Authorization: Bearer'),
    refreshToken: z
      .string()
      .describe('Opaque, single use: POST /auth/refresh answers its successor. Never sent in cookie mode'),
    expiresIn: z.number().int().describe('Seconds until the access token expires'),
    tokenType: z.literal('Bearer'),
  })
  .openapi('SessionTokens');

export const browserSessionTokensSchema = sessionTokensSchema
  .omit({ refreshToken: true })
  .describe(
    'The answer to X-Refresh-Transport: cookie. The refresh token is only in the HttpOnly ae_refresh cookie (Path=/api/auth/refresh), never in the body',
  )
  .openapi('BrowserSessionTokens');
