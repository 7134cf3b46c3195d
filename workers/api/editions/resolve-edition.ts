import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { AppError } from '../../errors/app-error';
import { touchApiKey } from '../../services/apps';
import { resolveEdition } from '../../services/editions';
import { limitInbound } from '../../services/inbound';
import { SIGNATURE_HEADER, verifySignedTarget } from '../inbound/read-raw-json';
import { declareErrorResponses } from '../openapi-errors';
import type { AppEnv } from '../types';
import { appOfKey } from './app-key';
import { resolvedEdition, resolvedEditionView, resolveQuery } from './schemas';

/** How long the partner app may reuse an answer: a suspension reaches visitors within this. */
export const RESOLVE_MAX_AGE_SECONDS = 60;
/** An unknown host is asked about again sooner: an edition approved a moment later should appear. */
export const NOT_FOUND_MAX_AGE_SECONDS = 30;

const route = createRoute({
  method: 'get',
  operationId: 'resolveEdition',
  path: '/v1/apps/editions/resolve',
  tags: ['inbound events'],
  summary: 'Which affiliate’s branded edition a host is, for the partner app (signed server-to-server request)',
  description:
    `Authenticated by the app API key and \`${SIGNATURE_HEADER}: t=<unix seconds>,v1=<hex>\`, where v1 is HMAC-SHA256 ` +
    'keyed with the key’s signing secret over `<t>.<path and query>` (e.g. `/api/v1/apps/editions/resolve?host=alice.podruga.example`). ' +
    'Answers only the asking app’s active editions: 404 edition_not_found for an unknown, suspended or deleted host ' +
    `(send the visitor to your main site). Cache-Control: private, max-age=${RESOLVE_MAX_AGE_SECONDS} (${NOT_FOUND_MAX_AGE_SECONDS} ` +
    'for a 404) and an ETag; If-None-Match answers 304. The webhook event `edition` tells you of changes sooner.',
  security: [{ appApiKey: [], requestSignature: [] }],
  request: { query: resolveQuery },
  responses: {
    200: {
      description: 'The edition',
      headers: {
        ETag: { description: 'W/"<edition id>-<version>"', schema: { type: 'string' } },
        'Cache-Control': { description: `private, max-age=${RESOLVE_MAX_AGE_SECONDS}`, schema: { type: 'string' } },
      },
      content: { 'application/json': { schema: resolvedEdition } },
    },
    304: { description: 'Unchanged since the ETag sent in If-None-Match' },
    ...declareErrorResponses(400, 401, 403, 404, 429),
  },
});

export const resolveEditionRoute = new OpenAPIHono<AppEnv>();
// Registered for the document only: the key and signature are checked before the query is read.
resolveEditionRoute.openAPIRegistry.registerPath(route);

resolveEditionRoute.get('/v1/apps/editions/resolve', async (c) => {
  const ctx = c.var.services();
  const app = await appOfKey(c);
  await limitInbound({ ctx, input: { path: 'editions', apiKeyId: app.keyId } });
  await verifySignedTarget(c, { secret: app.signingSecret, now: ctx.now });
  await touchApiKey({ ctx, input: { keyId: app.keyId, lastUsedAt: app.lastUsedAt } });
  const query = resolveQuery.parse({ host: c.req.query('host') });
  try {
    const edition = await resolveEdition({ ctx, input: { appId: app.appId, host: query.host } });
    const etag = `W/"${edition.id}-${edition.version}"`;
    c.header('Cache-Control', `private, max-age=${RESOLVE_MAX_AGE_SECONDS}`);
    c.header('ETag', etag);
    if (c.req.header('if-none-match') === etag) return c.body(null, 304);
    return c.json(resolvedEditionView(edition), 200);
  } catch (err) {
    if (err instanceof AppError && err.code === 'edition_not_found')
      c.header('Cache-Control', `private, max-age=${NOT_FOUND_MAX_AGE_SECONDS}`);
    throw err;
  }
});
