import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { signedRequestHash } from '../../domain/embed-token';
import { AppError } from '../../errors/app-error';
import { authenticateAppKey, touchApiKey } from '../../services/apps';
import { issueEmbedToken } from '../../services/embed';
import { limitInbound } from '../../services/inbound';
import { parseJsonBytes, readSignedJsonBody } from '../inbound/read-raw-json';
import { declareErrorResponses } from '../openapi-errors';
import type { AppEnv } from '../types';
import { createEmbedTokenBody, embedTokenCreated } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'createEmbedToken',
  path: '/v1/embed-tokens',
  tags: ['inbound events'],
  summary:
    'Open the embedded referral dashboard for one of your app’s signed-in users (signed server-to-server request)',
  description:
    'Authenticated like POST /v1/conversions: the app API key and X-AE-Signature over `<t>.<raw body>`. Each signed ' +
    'request yields one token: the same signature again answers 401 signature_replayed. The token is good for 15 ' +
    'minutes on this app’s embed only (GET /embed/{appId}#token=…), for this user and program; it is no session of ' +
    'the platform. About 1,200 tokens a minute per API key.',
  security: [{ appApiKey: [], requestSignature: [] }],
  request: { body: { required: true, content: { 'application/json': { schema: createEmbedTokenBody } } } },
  responses: {
    201: { description: 'Issued', content: { 'application/json': { schema: embedTokenCreated } } },
    ...declareErrorResponses(400, 401, 403, 404, 413, 415, 429),
  },
});

export const createEmbedTokenRoute = new OpenAPIHono<AppEnv>();
// Registered for the document only: the signature is checked over the raw bytes before any parsing.
createEmbedTokenRoute.openAPIRegistry.registerPath(route);

createEmbedTokenRoute.post('/v1/embed-tokens', async (c) => {
  const ctx = c.var.services();
  const key = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
  if (!key) throw new AppError('unauthorized', 'Send Authorization: Bearer <app API key>');
  const app = await authenticateAppKey({ ctx, input: { key } });
  await limitInbound({ ctx, input: { path: 'embed_tokens', apiKeyId: app.keyId } });
  const { payload, timestamp } = await readSignedJsonBody(c, { secret: app.signingSecret, now: ctx.now });
  await touchApiKey({ ctx, input: { keyId: app.keyId, lastUsedAt: app.lastUsedAt } });
  const body = createEmbedTokenBody.parse(parseJsonBytes(payload));
  const issued = await issueEmbedToken({
    ctx,
    input: {
      appId: app.appId,
      programId: body.program_id,
      externalUserId: body.user.id,
      email: body.user.email,
      name: body.user.name,
      theme: body.theme,
      requestSignatureHash: await signedRequestHash(timestamp, payload),
    },
  });
  const url = new URL(`/embed/${app.appId}`, c.var.config.APP_BASE_URL);
  url.hash = `token=${issued.token}`;
  return c.json({ token: issued.token, expires_at: issued.expiresAt.toISOString(), url: url.href }, 201);
});
