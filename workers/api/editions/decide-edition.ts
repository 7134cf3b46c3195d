import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { approveEdition, reinstateEdition, rejectEdition, suspendEdition } from '../../services/editions';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, jsonBody } from '../shared/schemas';
import type { AppEnv } from '../types';
import { advertiserEdition, advertiserEditionView, editionErrorResponses, editionParams, reasonBody } from './schemas';

type Decision = 'approve' | 'reject' | 'suspend' | 'reinstate';

const SUMMARY: Record<Decision, string> = {
  approve: 'Approve a submitted edition: its host resolves at once',
  reject: 'Reject a submitted edition, with the reason the affiliate sees',
  suspend: 'Suspend an edition, with the reason the affiliate sees: its host stops resolving at once',
  reinstate: 'Reinstate a suspended edition: its host resolves again',
};
const AUDITED: Record<Decision, string> = {
  approve: 'edition.approved',
  reject: 'edition.rejected',
  suspend: 'edition.suspended',
  reinstate: 'edition.reinstated',
};
const FROM: Record<Decision, string> = {
  approve: 'it is not pending',
  reject: 'it is not pending',
  suspend: 'it is not active or pending; its custom hostname is released 14 days after, unless reinstated',
  reinstate: 'it is not suspended',
};

// One operation per decision: reject and suspend carry the reason, approve and reinstate no body.
const route = (decision: Decision) =>
  createRoute({
    method: 'post',
    operationId: `${decision}Edition`,
    path: `/orgs/{orgId}/editions/{editionId}/${decision}`,
    tags: ['editions'],
    summary: SUMMARY[decision],
    description: `Owners and admins; audited as ${AUDITED[decision]} and told to the affiliate. edition_status_conflict: ${FROM[decision]}.`,
    security: bearer,
    middleware: [requireMemberRole('owner', 'admin')] as const,
    request: {
      params: editionParams,
      ...(decision === 'reject' || decision === 'suspend' ? { body: jsonBody(reasonBody) } : {}),
    },
    responses: {
      200: {
        description: 'The edition as it now stands',
        content: { 'application/json': { schema: advertiserEdition } },
      },
      ...editionErrorResponses,
    },
  });

const VERB = { approve: approveEdition, reject: rejectEdition, suspend: suspendEdition, reinstate: reinstateEdition };

const handler = (decision: Decision) =>
  new OpenAPIHono<AppEnv>().openapi(route(decision), async (c) => {
    const { editionId } = c.req.valid('param');
    const body = (decision === 'reject' || decision === 'suspend' ? await c.req.json() : {}) as { reason?: string };
    const row = await VERB[decision]({ ctx: c.var.services(), input: { editionId, reason: body.reason ?? '' } });
    return c.json(advertiserEditionView(row), 200);
  });

export const approveEditionRoute = handler('approve');
export const rejectEditionRoute = handler('reject');
export const suspendEditionRoute = handler('suspend');
export const reinstateEditionRoute = handler('reinstate');
