import { uuidv7 } from '../domain/ids';
import type { Env } from '../env';
import { buildClickMessage } from './build-click-message';
import { clickCookie, DEFAULT_COOKIE_DAYS } from './click-cookie';
import { enqueueClick } from './enqueue-click';
import type { AffPath } from './parse-aff-path';
import { lookupCodeRoute } from './route-cache';

/**
 * Form 1: redirect to the same URL without `/aff/{code}`. The target needs no lookup; KV is read
 * only for the cookie lifetime and a failure there falls back to the default. Postgres is never
 * touched: the consumer resolves the code when it writes the click.
 */
export async function redirectAffPath(request: Request, env: Env, ctx: ExecutionContext, aff: AffPath): Promise<Response> {
  const at = Date.now();
  const id = uuidv7(at);
  const route = aff.code ? await lookupCodeRoute(env.ROUTING, aff.code) : null;
  const message = await buildClickMessage(request, {
    id,
    at,
    form: 'aff_path',
    code: aff.code,
    landingUrl: aff.target.href,
    rejectReason: aff.code ? null : 'unknown_code',
  });
  ctx.waitUntil(enqueueClick(env.CLICKS, message));

  const headers = new Headers({ location: aff.target.href, 'cache-control': 'no-store' });
  if (aff.code) headers.append('set-cookie', clickCookie(id, route?.cookieDays ?? DEFAULT_COOKIE_DAYS));
  return new Response(null, { status: 302, headers });
}
