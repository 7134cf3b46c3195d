import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { replayPostbackDelivery } from '../../services/postbacks';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { deliveryParams, replayAccepted } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'replayDelivery',
  path: '/platform/postbacks/deliveries/{id}/replay',
  tags: ['platform', 'postbacks'],
  summary: 'Re-fire a failed or stuck postback with a new series of attempts (not a delivered one); audited',
  security: bearer,
  request: { params: deliveryParams },
  responses: {
    202: {
      description: 'Queued; the delivery is pending again',
      content: { 'application/json': { schema: replayAccepted } },
    },
    ...errorResponses,
  },
});

export const replayDeliveryRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const delivery = await replayPostbackDelivery({
    ctx: c.var.services(),
    input: { deliveryId: c.req.valid('param').id },
  });
  return c.json({ id: delivery.id, status: delivery.status, attemptOffset: delivery.attempts }, 202);
});
