import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from '@hono/zod-openapi';
import { touchApiKey } from '../../services/apps';
import { recordEditionVisit } from '../../services/editions';
import { limitInbound } from '../../services/inbound';
import { parseJsonBytes, readSignedJsonBody } from '../inbound/read-raw-json';
import { declareErrorResponses } from '../openapi-errors';
import type { AppEnv } from '../types';
import { appOfKey } from './app-key';
import { editionVisitBody } from './schemas';

const visitRecorded = z
  .object({
    edition: z.uuid(),
    counted: z.boolean().describe('false: this visitor was already counted today'),
  })
  .openapi('EditionVisitRecorded');

const route = createRoute({
  method: 'post',
  operationId: 'recordEditionVisit',
  path: '/v1/apps/editions/visits',
  tags: ['inbound events'],
  summary: 'Report a visitor of an edition (signed server-to-server request), for its visitor count',
  description:
    'Signed like POST /v1/conversions. One count per visitor key and UTC day; the key is hashed at once. ' +
    'edition_not_found: no active edition of this app has that id or host.',
  security: [{ appApiKey: [], requestSignature: [] }],
  request: { body: { required: true, content: { 'application/json': { schema: editionVisitBody } } } },
  responses: {
    200: { description: 'Counted (or already counted today)', content: { 'application/json': { schema: visitRecorded } } },
    ...declareErrorResponses(400, 401, 403, 404, 413, 415, 429),
  },
});

export const recordEditionVisitRoute = new OpenAPIHono<AppEnv>();
// Registered for the document only: the signature is checked over the raw bytes before any parsing.
recordEditionVisitRoute.openAPIRegistry.registerPath(route);

recordEditionVisitRoute.post('/v1/apps/editions/visits', async (c) => {
  const ctx = c.var.services();
  const app = await appOfKey(c);
  await limitInbound({ ctx, input: { path: 'editions', apiKeyId: app.keyId } });
  const { payload } = await readSignedJsonBody(c, { secret: app.signingSecret, now: ctx.now });
  await touchApiKey({ ctx, input: { keyId: app.keyId, lastUsedAt: app.lastUsedAt } });
  const body = editionVisitBody.parse(parseJsonBytes(payload));
  const result = await recordEditionVisit({
    ctx,
    input: { appId: app.appId, editionId: body.edition, host: body.host, visitor: body.visitor },
  });
  return c.json({ edition: result.editionId, counted: result.counted }, 200);
});
