import { detectAutomated } from '../domain/bot-detection';
import { firstBrokenRule } from '../domain/click-rules';
import { chooseTarget } from '../domain/click-target';
import { uuidv7 } from '../domain/ids';
import type { Env } from '../env';
import { buildClickMessage } from './build-click-message';
import { clickCookie, DEFAULT_COOKIE_DAYS } from './click-cookie';
import { enqueueClick } from './enqueue-click';
import type { ClickRequest } from './parse-click-request';
import { resolveClick } from './resolve-click';

let trackingHosts: { raw: string; hosts: Set<string> } | undefined;

function isTrackingHost(env: Env, hostname: string): boolean {
  const raw = env.TRACKING_HOSTS ?? '';
  if (trackingHosts?.raw !== raw) trackingHosts = { raw, hosts: new Set(raw.split(',').map((h) => h.trim().toLowerCase()).filter(Boolean)) };
  return trackingHosts.hosts.has(hostname.toLowerCase());
}

async function underRateLimit(env: Env, ip: string | null): Promise<boolean> {
  if (!ip) return true;
  try {
    return (await env.TRACKER_LIMITER.limit({ key: ip })).success;
  } catch {
    return true; // a limiter outage must not block redirects
  }
}

/**
 * The edge click path, for every link form: id first, then the KV copy of routing config, the
 * rules, a safe target, the queue (in waitUntil) and the 302. Postgres is never touched, and no
 * backend failure can stop the redirect.
 */
export async function handleClick(request: Request, requestUrl: URL, env: Env, ctx: ExecutionContext, req: ClickRequest): Promise<Response> {
  const at = Date.now();
  const id = uuidv7(at);
  const automated = detectAutomated(request.method, request.headers);
  const { program, enrollment, link, counters } = await resolveClick(env.ROUTING, req, at);
  const country = typeof request.cf?.country === 'string' ? request.cf.country : null;

  let reason = automated ?? firstBrokenRule({ program, enrollment, country, counters, today: new Date(at).toISOString().slice(0, 10) });
  if (!reason && !(await underRateLimit(env, request.headers.get('cf-connecting-ip')))) reason = 'rate_limited';

  const macroValues: Record<string, string | null> = {
    click_id: id, affiliate_id: enrollment?.affiliateId ?? null, offer_id: program?.programId ?? null, advertiser_id: program?.organizationId ?? null,
  };
  req.sub.forEach((value, i) => (macroValues[`sub${i + 1}`] = value));
  const onTrackingHost = isTrackingHost(env, requestUrl.hostname);
  const choice = chooseTarget({ req, program, link, reason, requestUrl, macroValues, onTrackingHost, defaultFallback: env.DEFAULT_FALLBACK_URL });

  const message = await buildClickMessage(request, {
    id, at, form: req.form, landingUrl: choice.target, sub: req.sub, rejectReason: choice.reason, isBot: automated !== null,
    code: req.form === 'aff_path' ? req.code : req.form === 'short_link' ? req.slug : null,
    ids: {
      organizationId: program?.organizationId, appId: program?.appId, programId: program?.programId,
      enrollmentId: enrollment?.enrollmentId, affiliateId: enrollment?.affiliateId, linkId: link?.linkId,
    },
  });
  ctx.waitUntil(enqueueClick(env.CLICKS, env.CLICK_SPOOL, message));

  const headers = new Headers({ 'cache-control': 'no-store' });
  // A prefetch is not a visit: failing it makes the browser send the real navigation later,
  // which then gets a proper redirect and cookie (a 302 here would be reused for the visit).
  if (automated === 'prefetch') {
    headers.set('retry-after', '0');
    return new Response(null, { status: 503, headers });
  }
  headers.set('location', choice.target);
  // Only an accepted click is attributable; a form-1 click on a partner site whose code the edge
  // does not know yet (KV lags behind a new enrollment) stays on the page and gets a provisional
  // cookie, since the consumer judges the code against Postgres.
  const provisional = req.form === 'aff_path' && req.code && choice.reason === 'unknown_code' && !automated && !onTrackingHost;
  if (choice.reason === null || provisional) headers.append('set-cookie', clickCookie(id, program?.cookieDays ?? DEFAULT_COOKIE_DAYS));
  return new Response(null, { status: 302, headers });
}
