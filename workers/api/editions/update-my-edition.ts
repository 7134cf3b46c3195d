import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { updateMyEdition } from '../../services/editions';
import { bearer, jsonBody } from '../shared/schemas';
import type { AppEnv } from '../types';
import { editionErrorResponses, editionParams, myEdition, myEditionView, updateEditionBody } from './schemas';

const route = createRoute({
  method: 'patch',
  operationId: 'updateMyEdition',
  path: '/affiliate/orgs/{orgId}/editions/{editionId}',
  tags: ['editions'],
  summary: 'Change your edition: brand, colours, host, prices',
  description:
    'Any edition not deleted. A live edition whose name or host changes goes back to the advertiser (pending, not resolving) when the app needs approval; colours and prices apply at once. Changes to a live or suspended edition are audited (edition.changed) and sent to the advertiser and the app’s `edition` webhook (change: changed). Otherwise the errors of createMyEdition.',
  security: bearer,
  request: { params: editionParams, body: jsonBody(updateEditionBody) },
  responses: {
    200: { description: 'OK', content: { 'application/json': { schema: myEdition } } },
    ...editionErrorResponses,
  },
});

export const updateMyEditionRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const row = await updateMyEdition({
    ctx: c.var.services(),
    input: { editionId: c.req.valid('param').editionId, ...c.req.valid('json') },
  });
  return c.json(myEditionView(row), 200);
});
