import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getEditionSettings } from '../../services/editions';
import { bearer } from '../shared/schemas';
import type { AppEnv } from '../types';
import { appEditionParams, editionErrorResponses, editionSettings, editionSettingsView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getEditionSettings',
  path: '/orgs/{orgId}/apps/{appId}/edition-settings',
  tags: ['editions'],
  summary: `An app's branded-edition offer: what affiliates may brand, where, which plans at which prices, and the reward`,
  security: bearer,
  request: { params: appEditionParams },
  responses: {
    200: { description: 'OK', content: { 'application/json': { schema: editionSettings } } },
    ...editionErrorResponses,
  },
});

export const getEditionSettingsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const row = await getEditionSettings({ ctx: c.var.services(), input: { appId: c.req.valid('param').appId } });
  return c.json(editionSettingsView(row), 200);
});
