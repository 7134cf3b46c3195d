import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { setProgramPayoutSchedule } from '../../services/payouts';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, jsonBody } from '../shared/schemas';
import type { AppEnv } from '../types';
import {
  programPayoutScheduleJson,
  programPayoutScheduleSchema,
  scheduleParams,
  setProgramPayoutScheduleBody,
} from './schedule-views';

const route = createRoute({
  method: 'put',
  operationId: 'setProgramPayoutSchedule',
  path: '/orgs/{orgId}/programs/{programId}/payout-schedule',
  tags: ['payouts'],
  summary: 'Set when the payout cron proposes the program’s balances',
  description:
    'Owners and admins; audited as program.payout_schedule_updated. monthly needs dayOfMonth 1–28 (UTC), threshold a thresholdMinor above 0 in the program’s currency (400 validation_failed otherwise). A monthly day already past this month first runs next month. Proposals still wait for a second person unless the batch is under the auto-approval limit.',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: scheduleParams, body: jsonBody(setProgramPayoutScheduleBody) },
  responses: {
    200: { description: 'The schedule now', content: { 'application/json': { schema: programPayoutScheduleSchema } } },
    ...errorResponses,
  },
});

export const setProgramPayoutScheduleRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { programId } = c.req.valid('param');
  const schedule = await setProgramPayoutSchedule({
    ctx: c.var.services(),
    input: { programId, ...c.req.valid('json') },
  });
  return c.json(programPayoutScheduleJson(schedule), 200);
});
