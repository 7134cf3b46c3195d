import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { BRAND_IMAGE_TYPES } from '../../domain/image-type';
import { type BrandImageKind, uploadBrandImage } from '../../services/organizations';
import { requireMemberRole } from '../middleware/tenant';
import { declareErrorResponses } from '../openapi-errors';
import { bearer, orgParams, rawFileBody } from '../shared/schemas';
import type { AppEnv } from '../types';
import { brandImage } from './schemas';

// One operation per kind: the path holds no parameter the tenancy checks would take for a resource id.
const route = (kind: BrandImageKind) =>
  createRoute({
    method: 'post',
    operationId: kind === 'logo' ? 'uploadBrandLogo' : 'uploadBrandFavicon',
    path: `/orgs/{orgId}/brand/${kind}`,
    tags: ['portal'],
    summary: `Upload the white-label ${kind} (the raw file as the body, at most 512 KB)`,
    description:
      'PNG, JPEG, WebP or ICO, judged by the file’s own bytes (SVG is refused). Sets branding.logoUrl or faviconUrl ' +
      'to the served file. 402 plan_limit_reached: the plan has no white-label portal; 413: too large; 415: not one of those images.',
    security: bearer,
    middleware: [requireMemberRole('owner', 'admin')] as const,
    request: {
      params: orgParams,
      body: rawFileBody(BRAND_IMAGE_TYPES),
    },
    responses: {
      201: { description: 'Stored', content: { 'application/json': { schema: brandImage } } },
      ...declareErrorResponses(400, 401, 402, 403, 404, 413, 415),
    },
  });

const handler = (kind: BrandImageKind) =>
  new OpenAPIHono<AppEnv>().openapi(route(kind), async (c) => {
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    const stored = await uploadBrandImage({ ctx: c.var.services(), input: { kind, bytes } });
    return c.json(stored, 201);
  });

export const uploadLogoRoute = handler('logo');
export const uploadFaviconRoute = handler('favicon');
