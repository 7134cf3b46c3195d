import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { ValidationError } from '../../errors/app-error';
import { setSourceWebhookSecret } from '../../services/conversion-sources';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, jsonBody } from '../shared/schemas';
import type { AppEnv } from '../types';
import {
  sourceProviderParams,
  sourceWebhookSettingsList,
  sourceWebhookSettingsView,
  secretProblem,
  setSourceWebhookBody,
} from './source-webhook-schemas';

const route = createRoute({
  method: 'put',
  operationId: 'setBillingWebhook',
  path: '/orgs/{orgId}/apps/{appId}/billing-webhooks/{provider}',
  tags: ['apps'],
  summary: 'Turn a billing provider’s webhooks on for an app, or replace its signing secret',
  description:
    'paddle: the notification destination’s secret key (pdl_ntfset_…); lemon_squeezy: the webhook’s signing secret ' +
    '(6–40 characters); generic: a random secret of 32–200 characters you also give your relay. Stored encrypted.',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: sourceProviderParams, body: jsonBody(setSourceWebhookBody) },
  responses: {
    200: {
      description: 'Stored (encrypted); every provider’s settings',
      content: { 'application/json': { schema: sourceWebhookSettingsList } },
    },
    ...errorResponses,
  },
});

export const setBillingWebhookRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { appId, provider } = c.req.valid('param');
  const { secret } = c.req.valid('json');
  const problem = secretProblem(provider, secret);
  if (problem) throw new ValidationError(problem, [{ path: 'secret', message: problem }]);
  const items = await setSourceWebhookSecret({ ctx: c.var.services(), input: { appId, provider, secret } });
  return c.json({ items: items.map(sourceWebhookSettingsView) }, 200);
});
