import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { submitMyEdition } from '../../services/editions';
import { bearer } from '../shared/schemas';
import type { AppEnv } from '../types';
import { editionErrorResponses, editionParams, myEdition, myEditionView } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'submitMyEdition',
  path: '/affiliate/orgs/{orgId}/editions/{editionId}/submit',
  tags: ['editions'],
  summary: `Submit a draft (or a rejected edition again) for the advertiser's approval`,
  description:
    'It goes live at once when the app needs no approval. edition_status_conflict: not a draft or rejected; edition_lookalike: another edition took a like name since.',
  security: bearer,
  request: { params: editionParams },
  responses: {
    200: { description: 'OK', content: { 'application/json': { schema: myEdition } } },
    ...editionErrorResponses,
  },
});

export const submitMyEditionRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const row = await submitMyEdition({ ctx: c.var.services(), input: { editionId: c.req.valid('param').editionId } });
  return c.json(myEditionView(row), 200);
});
