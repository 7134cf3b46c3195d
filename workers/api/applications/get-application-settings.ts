import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getApplicationSettings } from '../../services/applications';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { applicationSettings, applicationSettingsView, programParams } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getApplicationSettings',
  path: '/orgs/{orgId}/programs/{programId}/application',
  tags: ['programs'],
  summary: "A program's application form (and its groups' own), current terms and auto-approval rules",
  security: bearer,
  request: { params: programParams },
  responses: {
    200: { description: 'The settings', content: { 'application/json': { schema: applicationSettings } } },
    ...errorResponses,
  },
});

export const getApplicationSettingsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) =>
  c.json(
    applicationSettingsView(
      await getApplicationSettings({ ctx: c.var.services(), input: { programId: c.req.valid('param').programId } }),
    ),
    200,
  ),
);
