import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { type EditionImageKind, removeEditionImage } from '../../services/editions';
import { bearer } from '../shared/schemas';
import type { AppEnv } from '../types';
import { editionErrorResponses, editionParams, myEdition, myEditionView } from './schemas';

// One operation per kind, like the uploads.
const route = (kind: EditionImageKind) =>
  createRoute({
    method: 'delete',
    operationId: kind === 'logo' ? 'removeEditionLogo' : 'removeEditionFavicon',
    path: `/affiliate/orgs/{orgId}/editions/{editionId}/${kind}`,
    tags: ['editions'],
    summary: `Remove your edition’s ${kind}: the app’s own shows again`,
    description:
      'Needs no new approval. A live or suspended edition’s removal is audited (edition.changed) and sent to the app’s `edition` webhook.',
    security: bearer,
    request: { params: editionParams },
    responses: {
      200: { description: 'The edition without it', content: { 'application/json': { schema: myEdition } } },
      ...editionErrorResponses,
    },
  });

const handler = (kind: EditionImageKind) =>
  new OpenAPIHono<AppEnv>().openapi(route(kind), async (c) => {
    const edition = await removeEditionImage({
      ctx: c.var.services(),
      input: { editionId: c.req.valid('param').editionId, kind },
    });
    return c.json(myEditionView(edition), 200);
  });

export const removeEditionLogoRoute = handler('logo');
export const removeEditionFaviconRoute = handler('favicon');
