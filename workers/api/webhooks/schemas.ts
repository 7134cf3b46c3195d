import { z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { NotificationEvent, WebhookDeliveryStatus, WebhookEvent } from '../../../schema/enums';
import { webhookMessageId } from '../../domain/webhook-delivery';
import type { WebhookAttemptEntry, WebhookEndpoint, WebhookScope } from '../../services/webhooks';
import { requireMemberRole } from '../middleware/tenant';
import type { AppEnv } from '../types';
import { httpsUrl, idParam, iso, isoOrNull, orgParams, page, pageQuery, timestamp } from '../shared/schemas';

/** Where each owner's webhook routes live and who may call them. */
export const SCOPES = {
  organization: {
    prefix: '/orgs/{orgId}/webhooks',
    tags: ['webhooks'],
    middleware: [requireMemberRole('owner', 'admin')] as MiddlewareHandler<AppEnv>[],
    params: orgParams,
    endpointParams: orgParams.extend({ endpointId: idParam('endpointId') }),
    who: "the organization's",
    /** Goes into each operationId after its verb: createOrgWebhookEndpoint. */
    operationWord: 'Org',
  },
  affiliate: {
    prefix: '/affiliate/webhooks',
    tags: ['affiliate', 'webhooks'],
    middleware: [] as MiddlewareHandler<AppEnv>[],
    params: z.object({}),
    endpointParams: z.object({ endpointId: idParam('endpointId') }),
    who: 'your',
    operationWord: 'Affiliate',
  },
} as const satisfies Record<WebhookScope, unknown>;

/** A scope's operationId: the file's verb with the owner after it (listWebhookEndpoints → listOrgWebhookEndpoints). */
export const scopedOperationId = (scope: WebhookScope, verbId: string): string =>
  verbId.replace(/^([a-z]+)/, `$1${SCOPES[scope].operationWord}`);

export const WEBHOOK_SCOPES = ['organization', 'affiliate'] as const satisfies readonly WebhookScope[];

export const webhookEndpoint = z
  .object({
    id: z.uuid(),
    url: z.string(),
    description: z.string(),
    events: z.array(z.enum(NotificationEvent)),
    active: z.boolean(),
    consecutiveFailures: z.int().describe('Deliveries in a row that failed for good'),
    disabledAt: timestamp.nullable().describe('When the platform turned the endpoint off after repeated failures'),
    disabledReason: z.string().nullable(),
    previousSecretExpiresAt: timestamp
      .nullable()
      .describe('Until then deliveries also carry a signature made with the secret before the last rotation'),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .openapi('WebhookEndpoint');

export const webhookEndpointList = z.object({ items: z.array(webhookEndpoint) }).openapi('WebhookEndpointList');

export const issuedWebhookEndpoint = webhookEndpoint
  .extend({ secret: z.string().describe('whsec_… signing secret: shown once, store it now') })
  .openapi('IssuedWebhookEndpoint');

const events = z
  .array(z.enum(WebhookEvent))
  .min(1)
  .max(WebhookEvent.length * 2)
  .describe('Events sent to the endpoint');
const description = z.string().trim().max(500);

export const createWebhookBody = z
  .strictObject({ url: httpsUrl, description: description.default(''), events })
  .openapi('CreateWebhookEndpoint');

export const updateWebhookBody = z
  .strictObject({
    url: httpsUrl.optional(),
    description: description.optional(),
    events: events.optional(),
    active: z.boolean().optional().describe('false pauses deliveries; true turns the endpoint (back) on'),
  })
  .openapi('UpdateWebhookEndpoint');

export const webhookAttempt = z
  .object({
    id: z.uuid(),
    deliveryId: z.uuid(),
    webhookId: z.string().describe('The webhook-id header of the delivery'),
    eventType: z.string(),
    attempt: z.int(),
    outcome: z.enum(WebhookDeliveryStatus),
    statusCode: z.int().nullable(),
    durationMs: z.int().nullable(),
    error: z.string().nullable(),
    responseSnippet: z.string().nullable().describe("The start of the receiver's answer"),
    createdAt: timestamp,
  })
  .openapi('WebhookAttempt');

export const webhookAttemptsPage = page(webhookAttempt, 'WebhookAttemptsPage');
export const attemptsQuery = pageQuery;

export const endpointView = (row: WebhookEndpoint): z.infer<typeof webhookEndpoint> => ({
  id: row.id,
  url: row.url,
  description: row.description,
  events: row.events,
  active: row.active,
  consecutiveFailures: row.consecutiveFailures,
  disabledAt: isoOrNull(row.disabledAt),
  disabledReason: row.disabledReason,
  previousSecretExpiresAt: isoOrNull(row.previousSecretExpiresAt),
  createdAt: iso(row.createdAt),
  updatedAt: iso(row.updatedAt),
});

export const attemptView = (row: WebhookAttemptEntry): z.infer<typeof webhookAttempt> => ({
  id: row.id,
  deliveryId: row.deliveryId,
  webhookId: webhookMessageId(row.deliveryId),
  eventType: row.eventType,
  attempt: row.attempt,
  outcome: row.outcome,
  statusCode: row.statusCode,
  durationMs: row.durationMs,
  error: row.error,
  responseSnippet: row.responseSnippet,
  createdAt: iso(row.createdAt),
});
