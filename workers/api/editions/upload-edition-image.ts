import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { BRAND_IMAGE_TYPES } from '../../domain/image-type';
import { type EditionImageKind, uploadEditionImage } from '../../services/editions';
import { bearer, rawFileBody } from '../shared/schemas';
import type { AppEnv } from '../types';
import { editionErrorResponses, editionImage, editionParams } from './schemas';

// One operation per kind, like the advertiser's brand uploads.
const route = (kind: EditionImageKind) =>
  createRoute({
    method: 'put',
    operationId: kind === 'logo' ? 'uploadEditionLogo' : 'uploadEditionFavicon',
    path: `/affiliate/orgs/{orgId}/editions/{editionId}/${kind}`,
    tags: ['editions'],
    summary: `Upload your edition’s ${kind} (the raw file as the body, at most 512 KB)`,
    description:
      'PNG, JPEG, WebP or ICO, judged by the file’s own bytes (SVG is refused), as advertisers’ brand uploads. ' +
      'A live edition’s new image goes back to the advertiser when the app needs approval. ' +
      'editions_not_offered: the app does not let editions set it; ' +
      '413: too large; 415: not one of those images.',
    security: bearer,
    request: { params: editionParams, body: rawFileBody(BRAND_IMAGE_TYPES) },
    responses: {
      201: { description: 'Stored', content: { 'application/json': { schema: editionImage } } },
      ...editionErrorResponses,
    },
  });

const handler = (kind: EditionImageKind) =>
  new OpenAPIHono<AppEnv>().openapi(route(kind), async (c) => {
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    const stored = await uploadEditionImage({
      ctx: c.var.services(),
      input: { editionId: c.req.valid('param').editionId, kind, bytes },
    });
    return c.json(stored, 201);
  });

export const uploadEditionLogoRoute = handler('logo');
export const uploadEditionFaviconRoute = handler('favicon');
