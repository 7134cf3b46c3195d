import { detectAutomated } from '../domain/bot-detection';
import { firstBrokenRule } from '../domain/click-rules';
import { chooseTarget } from '../domain/click-target';
import { uuidv7 } from '../domain/ids';
import type { Env } from '../env';
import { buildClickMessage } from './build-click-message';
import { clickCookie, DEFAULT_COOKIE_DAYS } from './click-cookie';
import { enqueueClick } from './enqueue-click';
import type { ClickRequest } from './parse-click-request';
import { resolveClick, type ResolvedClick } from './resolve-click';

let trackingHosts: { raw: string; hosts: Set<string> } | undefined;

function isTrackingHost(env: Env, hostname: string): boolean {
  const raw = env.TRACKING_HOSTS ?? '';
  if (trackingHosts?.raw !== raw) trackingHosts = { raw, hosts: new Set(raw.split(',').map((h) => h.trim().toLowerCase()).filter(Boolean)) };
  return trackingHosts.hosts.has(hostname.toLowerCase());
}

const allowAll = () => true; // a limiter outage must not block redirects

function underRateLimit(env: Env, ip: string | null): boolean | Promise<boolean> {
  if (!ip) return true;
  try {
    return env.TRACKER_LIMITER.limit({ key: ip }).then((r) => r.success, allowAll);
  } catch {
    return true;
  }
}

/** The UTC day of a time, kept while it lasts: the cap rule compares it on every click. */
let day: { from: number; to: number; iso: string } | undefined;
function utcDay(at: number): string {
  if (!day || at < day.from || at >= day.to) {
    const from = at - (at % 86_400_000);
    day = { from, to: from + 86_400_000, iso: new Date(from).toISOString().slice(0, 10) };
  }
  return day.iso;
}

/**
 * The edge click path, for every link form: id first, then the KV copy of routing config, the
 * rules, a safe target, the queue (in waitUntil) and the 302. Postgres is never touched, and no
 * backend failure can stop the redirect. Warm values are read without waiting a turn: on this
 * runtime every await is a measurable share of a redirect.
 */
export async function handleClick(request: Request, requestUrl: URL, env: Env, ctx: ExecutionContext, req: ClickRequest): Promise<Response> {
  const at = Date.now();
  const id = uuidv7(at);
  const headers = request.headers;
  const automated = detectAutomated(request.method, headers);
  const resolving = resolveClick(env.ROUTING, req, at);
  const { program, enrollment, link, counters }: ResolvedClick = resolving instanceof Promise ? await resolving : resolving;
  const cf = request.cf;
  const country = typeof cf?.country === 'string' ? cf.country : null;

  let reason = automated ?? firstBrokenRule({ program, enrollment, country, counters, today: utcDay(at) });
  if (!reason) {
    const allowed = underRateLimit(env, headers.get('cf-connecting-ip'));
    if (!(typeof allowed === 'boolean' ? allowed : await allowed)) reason = 'rate_limited';
  }

  const macroValues: Record<string, string | null> = {
    click_id: id, affiliate_id: enrollment?.affiliateId ?? null, offer_id: program?.programId ?? null, advertiser_id: program?.organizationId ?? null,
  };
  req.sub.forEach((value, i) => (macroValues[`sub${i + 1}`] = value));
  const onTrackingHost = isTrackingHost(env, requestUrl.hostname);
  const choice = chooseTarget({ req, program, link, reason, requestUrl, macroValues, onTrackingHost, defaultFallback: env.DEFAULT_FALLBACK_URL });

  const message = buildClickMessage(
    request,
    {
      id, at, form: req.form, landingUrl: choice.target, sub: req.sub, rejectReason: choice.reason, isBot: automated !== null,
      code: req.form === 'aff_path' ? req.code : req.form === 'short_link' ? req.slug : null,
      ids: {
        organizationId: program?.organizationId, appId: program?.appId, programId: program?.programId,
        enrollmentId: enrollment?.enrollmentId, affiliateId: enrollment?.affiliateId, linkId: link?.linkId,
      },
    },
    cf,
  );
  // Only the request that starts the isolate's send chain holds it; the others just append their click.
  const holding = enqueueClick(env.CLICKS, env.CLICK_SPOOL, message);
  if (holding) ctx.waitUntil(holding);

  // A prefetch is not a visit: failing it makes the browser send the real navigation later,
  // which then gets a proper redirect and cookie (a 302 here would be reused for the visit).
  if (automated === 'prefetch') return new Response(null, { status: 503, headers: { 'cache-control': 'no-store', 'retry-after': '0' } });
  // Only an accepted click is attributable; a form-1 click on a partner site whose code the edge
  // does not know yet (KV lags behind a new enrollment) stays on the page and gets a provisional
  // cookie, since the consumer judges the code against Postgres.
  const provisional = req.form === 'aff_path' && req.code && choice.reason === 'unknown_code' && !automated && !onTrackingHost;
  // A plain record is the cheapest header init this runtime converts (one cookie, so no repeats).
  const answer: Record<string, string> = { 'cache-control': 'no-store', location: choice.target };
  if (choice.reason === null || provisional) answer['set-cookie'] = clickCookie(id, program?.cookieDays ?? DEFAULT_COOKIE_DAYS);
  return new Response(null, { status: 302, headers: answer });
}
