import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getPlatformSettings } from '../../services/platform-settings';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { platformSettingsSchema, platformSettingsView } from './settings-schemas';

const route = createRoute({
  operationId: 'getPlatformSettings',
  method: 'get',
  path: '/platform/settings',
  tags: ['platform'],
  summary: "The install's settings: affiliate auto-approval and the expected review time",
  security: bearer,
  responses: {
    200: { description: 'The settings', content: { 'application/json': { schema: platformSettingsSchema } } },
    ...errorResponses,
  },
});

export const getPlatformSettingsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const settings = await getPlatformSettings({ ctx: c.var.services(), input: undefined });
  return c.json(platformSettingsView(settings), 200);
});
