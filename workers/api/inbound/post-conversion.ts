import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { AppError } from '../../errors/app-error';
import { conversionEvent } from '../../contracts/conversion-event';
import { authenticateAppKey, touchApiKey } from '../../services/apps';
import { recordConversion } from '../../services/conversions';
import { limitInbound } from '../../services/inbound';
import { declareErrorResponses, rateLimitHeaders } from '../openapi-errors';
import type { AppEnv } from '../types';
import { parseJsonBytes, readSignedJsonBody, SIGNATURE_HEADER } from './read-raw-json';
import { conversionOutcome } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'postConversion',
  path: '/v1/conversions',
  tags: ['inbound events'],
  summary: 'Report a conversion from a partner app (signed server-to-server request)',
  description:
    `Authenticated by the app API key (\`Authorization: Bearer ae_live_…\`) and \`${SIGNATURE_HEADER}: t=<unix seconds>,v1=<hex>\`, ` +
    'where v1 is HMAC-SHA256 keyed with the key’s signing secret over `<t>.<raw body>`. Several v1 entries are allowed while ' +
    'rotating secrets. t must be within SIGNATURE_TOLERANCE_SECONDS (300 by default) of our clock. The same event_id sent ' +
    'again, even concurrently, records nothing new and answers 200 with the stored result. Each API key may send ' +
    'about 1,200 requests a minute (per Cloudflare location); beyond, 429 rate_limited with Retry-After. Answers carry the RateLimit and RateLimit-Policy fields (policy `conversions.api_key`).',
  security: [{ appApiKey: [], requestSignature: [] }],
  request: { body: { required: true, content: { 'application/json': { schema: conversionEvent } } } },
  responses: {
    201: {
      description: 'Recorded',
      headers: rateLimitHeaders,
      content: { 'application/json': { schema: conversionOutcome } },
    },
    200: {
      description: 'Already recorded under this event_id: the stored result',
      headers: rateLimitHeaders,
      content: { 'application/json': { schema: conversionOutcome } },
    },
    ...declareErrorResponses(400, 401, 403, 413, 415, 429),
  },
});

export const postConversionRoute = new OpenAPIHono<AppEnv>();
postConversionRoute.openAPIRegistry.registerComponent('securitySchemes', 'appApiKey', {
  type: 'http',
  scheme: 'bearer',
  description: 'An app API key (ae_live_…), from POST /orgs/{orgId}/apps/{appId}/api-keys',
});
postConversionRoute.openAPIRegistry.registerComponent('securitySchemes', 'requestSignature', {
  type: 'apiKey',
  in: 'header',
  name: SIGNATURE_HEADER,
  description: 't=<unix seconds>,v1=<hex HMAC-SHA256(signing secret, "<t>.<raw body>")>',
});
// Registered for the document only: the body must be read as raw bytes and its signature checked
// before any JSON parsing, which the generated validator would do first.
postConversionRoute.openAPIRegistry.registerPath(route);

postConversionRoute.post('/v1/conversions', async (c) => {
  const ctx = c.var.services();
  const key = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
  if (!key) throw new AppError('unauthorized', 'Send Authorization: Bearer <app API key>');
  const app = await authenticateAppKey({ ctx, input: { key } });
  await limitInbound({ ctx, input: { path: 'conversions', apiKeyId: app.keyId } });
  const { payload } = await readSignedJsonBody(c, { secret: app.signingSecret, now: ctx.now });
  await touchApiKey({ ctx, input: { keyId: app.keyId, lastUsedAt: app.lastUsedAt } });
  const event = conversionEvent.parse(parseJsonBytes(payload));
  const outcome = await recordConversion({
    ctx,
    input: { appId: app.appId, organizationId: app.organizationId, source: 'api', event },
  });
  return c.json(outcome, outcome.duplicate ? 200 : 201);
});
