import { z } from '@hono/zod-openapi';
import { ACCOUNT_LIMITS } from '../../contracts/account-limits';
import { IdentityProvider } from '../../../schema/enums';
import { browserSessionResponse, challengeResponse, sessionResponse } from './auth-schema';
import { localeField, uuidField } from './common-schema';

export const providerParams = z.object({
  provider: z.enum(IdentityProvider).openapi({ param: { name: 'provider', in: 'path' } }),
});
export const identityParams = z.object({
  identityId: uuidField.openapi({ param: { name: 'identityId', in: 'path' } }),
});

const nextField = z
  .string()
  .max(512)
  .optional()
  .describe(
    'A path of this site to open afterwards (`/programs`); anything else (another origin, `//host`) becomes `/`',
  );

export const providerListResponse = z
  .object({ providers: z.array(z.enum(IdentityProvider)).describe('Only those configured on this deployment') })
  .openapi('SignInProviders');

export const startSignInBody = z
  .object({
    next: nextField,
    signUp: z
      .object({
        accountType: z.enum(['affiliate', 'advertiser']),
        organizationName: z.string().trim().min(1).max(ACCOUNT_LIMITS.organizationNameMax).optional(),
        locale: localeField.optional(),
      })
      .strict()
      .superRefine((v, ctx) => {
        if (v.accountType === 'advertiser' && !v.organizationName)
          ctx.addIssue({ code: 'custom', path: ['organizationName'], message: 'Required for an advertiser' });
      })
      .optional()
      .describe('From the sign-up page: the account to create when nobody uses this provider account yet'),
  })
  .strict()
  .openapi('StartProviderSignInRequest');

export const startLinkBody = z.object({ next: nextField }).strict().openapi('StartIdentityLinkRequest');

export const authorizeResponse = z
  .object({ authorizeUrl: z.url().describe('Send the browser here; it comes back to /auth/callback/{provider}') })
  .openapi('ProviderAuthorization');

export const callbackBody = z
  .object({
    code: z.string().min(1).max(2048).describe('The `code` query parameter the provider sent back'),
    state: z.string().min(1).max(256).describe('The `state` query parameter the provider sent back'),
  })
  .strict()
  .openapi('ProviderCallbackRequest');

const next = z.string().describe('Where to go now: a path of this site');

export const providerSignInResponse = z
  .union([
    sessionResponse.extend({ next }),
    browserSessionResponse.extend({ next }),
    challengeResponse.extend({ next }),
    z.object({
      verificationSent: z.literal(true).describe('A new account whose provider email is unverified: confirm it first'),
      email: z.string(),
      next,
    }),
  ])
  .openapi('ProviderSignInResult');

export const linkResponse = z
  .object({ provider: z.enum(IdentityProvider), email: z.string().nullable(), next })
  .openapi('IdentityLinked');

export const signInMethodsResponse = z
  .object({
    hasPassword: z.boolean(),
    identities: z.array(
      z
        .object({
          id: uuidField,
          provider: z.enum(IdentityProvider),
          email: z.string().nullable(),
          createdAt: z.iso.datetime(),
          lastUsedAt: z.iso.datetime(),
        })
        .openapi('Identity'),
    ),
  })
  .openapi('SignInMethods');
