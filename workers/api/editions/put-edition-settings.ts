import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { putEditionSettings } from '../../services/editions';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, jsonBody } from '../shared/schemas';
import type { AppEnv } from '../types';
import { appEditionParams, editionErrorResponses, editionSettings, editionSettingsView, putEditionSettingsBody } from './schemas';

const route = createRoute({
  method: 'put',
  operationId: 'putEditionSettings',
  path: '/orgs/{orgId}/apps/{appId}/edition-settings',
  tags: ['editions'],
  summary: `Set an app's branded-edition offer`,
  description:
    `validation_failed: the program is not the app's, the base domain not the app's own (its site or allowed domains), a plan's bounds inconsistent. Turning it on needs a program.`,
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: appEditionParams, body: jsonBody(putEditionSettingsBody) },
  responses: {
    200: { description: 'OK', content: { 'application/json': { schema: editionSettings } } },
    ...editionErrorResponses,
  },
});

export const putEditionSettingsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const row = await putEditionSettings({
    ctx: c.var.services(),
    input: { appId: c.req.valid('param').appId, ...c.req.valid('json') },
  });
  return c.json(editionSettingsView(row), 200);
});
