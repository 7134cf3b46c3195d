import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { updatePlatformSettings } from '../../services/platform-settings';
import { bearer, errorResponses, jsonBody } from '../shared/schemas';
import type { AppEnv } from '../types';
import { platformSettingsSchema, platformSettingsView, updatePlatformSettingsBody } from './settings-schemas';

const route = createRoute({
  operationId: 'updatePlatformSettings',
  method: 'patch',
  path: '/platform/settings',
  tags: ['platform'],
  summary: "Change the install's settings",
  description:
    'Platform owners and admins (support reads only); fields left out keep their value. Audited as platform.settings_updated. Auto-approval applies to accounts verified from then on; affiliates already waiting stay for staff to decide.',
  security: bearer,
  request: { body: jsonBody(updatePlatformSettingsBody) },
  responses: {
    200: { description: 'The settings now', content: { 'application/json': { schema: platformSettingsSchema } } },
    ...errorResponses,
  },
});

export const updatePlatformSettingsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const settings = await updatePlatformSettings({ ctx: c.var.services(), input: c.req.valid('json') });
  return c.json(platformSettingsView(settings), 200);
});
