import { z } from '@hono/zod-openapi';
import type { ApiKey, App } from '../../services/apps';
import { AppStatus } from '../../../schema/enums';
import { maskApiKey } from '../../domain/api-key';
import { embedOrigin } from '../../domain/embed-token';
import { landingUrlIssue } from '../../domain/program-rules';
import { domainList, httpsUrl, idParam, iso, isoOrNull, name, timestamp } from '../shared/schemas';

export const appParams = z.object({ orgId: idParam('orgId'), appId: idParam('appId') });
export const apiKeyParams = appParams.extend({ keyId: idParam('keyId') });

export const app = z
  .object({
    id: z.uuid(),
    organizationId: z.uuid(),
    name: z.string(),
    siteUrl: z.string(),
    allowedDomains: z
      .array(z.string())
      .describe('Hostnames where /aff/{code} links may point; *.example.com allows every subdomain'),
    embedOrigins: z
      .array(z.string())
      .describe("Origins whose pages may frame the app's embedded referral dashboard (frame-ancestors); empty: none"),
    status: z.enum(AppStatus),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .openapi('App');

export const appList = z.object({ items: z.array(app) }).openapi('AppList');

/** The site's own host must be one of the allowed domains, or its /aff/{code} links could not redirect. */
const siteWithinDomains = (
  v: { siteUrl?: string | undefined; allowedDomains?: string[] | undefined },
  ctx: z.RefinementCtx,
) => {
  if (v.siteUrl === undefined || v.allowedDomains === undefined) return;
  const issue = landingUrlIssue(v.siteUrl, v.allowedDomains);
  if (issue) ctx.addIssue({ code: 'custom', path: ['siteUrl'], message: `The site URL ${issue}` });
};

export const createAppBody = z
  .strictObject({
    name,
    siteUrl: httpsUrl,
    allowedDomains: domainList.optional().describe("Defaults to the site URL's host"),
  })
  .superRefine(siteWithinDomains)
  .openapi('CreateApp');

export const updateAppBody = z
  .strictObject({
    name: name.optional(),
    siteUrl: httpsUrl.optional(),
    allowedDomains: domainList.optional(),
    embedOrigins: z
      .array(embedOrigin)
      .max(10)
      .optional()
      .describe('Origins such as https://app.example (http only for localhost) that may frame the embedded dashboard'),
    status: z.enum(AppStatus).optional(),
  })
  .openapi('UpdateApp');

export const appView = (row: App): z.infer<typeof app> => ({
  id: row.id,
  organizationId: row.organizationId,
  name: row.name,
  siteUrl: row.siteUrl,
  allowedDomains: row.allowedDomains,
  embedOrigins: row.embedOrigins,
  status: row.status,
  createdAt: iso(row.createdAt),
  updatedAt: iso(row.updatedAt),
});

export const apiKey = z
  .object({
    id: z.uuid(),
    appId: z.uuid(),
    name: z.string(),
    prefix: z.string().describe('The non-secret start of the key'),
    maskedKey: z.string().describe('prefix and the last 4 characters; the key itself is never shown again'),
    createdById: z.uuid().nullable(),
    createdAt: timestamp,
    lastUsedAt: timestamp.nullable(),
    revokedAt: timestamp.nullable(),
  })
  .openapi('ApiKey');

export const createdApiKey = apiKey
  .extend({
    key: z.string().describe('The API key: shown this once, stored only as a hash'),
    signingSecret: z.string().describe('HMAC-SHA256 secret for request signatures: shown this once'),
  })
  .openapi('CreatedApiKey');

export const apiKeyList = z.object({ items: z.array(apiKey) }).openapi('ApiKeyList');

export const createApiKeyBody = z.strictObject({ name: name.default('Default') }).openapi('CreateApiKey');

export const apiKeyView = (row: ApiKey): z.infer<typeof apiKey> => ({
  id: row.id,
  appId: row.appId,
  name: row.name,
  prefix: row.prefix,
  maskedKey: maskApiKey(row.prefix, row.last4),
  createdById: row.createdById,
  createdAt: iso(row.createdAt),
  lastUsedAt: isoOrNull(row.lastUsedAt),
  revokedAt: isoOrNull(row.revokedAt),
});
