import type { ClickRejectReason } from '../../schema/enums';
import type { ClickRequest } from '../contracts/click-request';
import { uuidv7 } from '../contracts/ids';
import type { RequestUrl } from '../contracts/request-url';
import { hostRoute, routingKeys } from '../contracts/routing';
import { detectAutomated, type UserAgentVerdict } from '../domain/bot-detection';
import { BoundedMemo } from '../domain/bounded-memo';
import { firstBrokenRule } from '../domain/click-rules';
import { chooseTarget, type LandingPlans } from '../domain/click-target';
import type { Env } from '../env';
import { buildClickMessage } from './build-click-message';
import { clickCookie, DEFAULT_COOKIE_DAYS } from './click-cookie';
import { enqueueClick } from './enqueue-click';
import { readCached } from './kv-cache';
import { resolveClick, type ResolvedClick } from './resolve-click';

// What the isolate remembers across clicks: the bot verdict per user agent (isbot's large regular
// expression plus our allow list, few distinct agents) and each cached program value's landing plan.
const botVerdicts = new BoundedMemo<string, UserAgentVerdict>(5_000);
const landingPlans: LandingPlans = new WeakMap();

let trackingHosts: { raw: string; hosts: Set<string> } | undefined;

function isTrackingHost(env: Env, hostname: string): boolean {
  const raw = env.TRACKING_HOSTS ?? '';
  if (trackingHosts?.raw !== raw)
    trackingHosts = {
      raw,
      hosts: new Set(
        raw
          .split(',')
          .map((h) => h.trim().toLowerCase())
          .filter(Boolean),
      ),
    };
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

/** The UTC day of a time, kept while it lasts: the cap rule compares it on every click. */
let day: { from: number; to: number; iso: string } | undefined;
function utcDay(at: number): string {
  if (!day || at < day.from || at >= day.to) {
    const from = at - (at % 86_400_000);
    day = { from, to: from + 86_400_000, iso: new Date(from).toISOString().slice(0, 10) };
  }
  return day.iso;
}

/** What the redirect knows once the rules have spoken. */
interface Click {
  request: Request;
  url: RequestUrl;
  env: Env;
  ctx: ExecutionContext;
  req: ClickRequest;
  id: string;
  at: number;
  userAgent: string | null;
  ip: string | null;
  automated: ReturnType<typeof detectAutomated>;
  resolved: ResolvedClick;
  cf: Request['cf'];
  /** Our tracking host, or an advertiser's active custom tracking domain: links redirect to the offer. */
  onTrackingHost: boolean;
}

/**
 * The edge click path, for every link form: id first, then the KV copy of routing config, the
 * rules, a safe target, the queue and the 302. Postgres is never touched, and no backend failure
 * can stop the redirect. The URL the runtime parsed is not parsed again, and each header and
 * request.cf is read once: on this runtime every runtime call is a measurable share of a redirect.
 */
export async function handleClick(
  request: Request,
  url: RequestUrl,
  env: Env,
  ctx: ExecutionContext,
  req: ClickRequest,
): Promise<Response> {
  const at = Date.now();
  const id = uuidv7(at);
  const headers = request.headers;
  const userAgent = headers.get('user-agent');
  const ip = headers.get('cf-connecting-ip');
  const automated = detectAutomated(request.method, headers, userAgent, botVerdicts);
  const cf = request.cf;
  const ownHost = isTrackingHost(env, url.hostname);
  // Any other host may be an advertiser's custom tracking domain (a miss is cached like any other).
  const domain = ownHost ? null : await readCached(env.ROUTING, routingKeys.host(url.hostname), hostRoute, at);
  const resolved = await resolveClick(env.ROUTING, req, at);
  const { program, enrollment, counters } = resolved;
  const country = typeof cf?.country === 'string' ? cf.country : null;
  // On a custom domain only its advertiser's codes redirect; another's code is refused.
  const foreign = domain !== null && program !== null && program.organizationId !== domain.organizationId;
  // A robot is judged by the same rules as a person, except geo: a link preview is shown to people
  // anywhere, so its fetcher's own country says nothing.
  const broken = foreign
    ? 'foreign_domain'
    : firstBrokenRule({
        program,
        enrollment,
        country: automated === 'bot' ? 'anywhere' : country,
        counters,
        today: utcDay(at),
      });
  // A doubtful click (an Electron app…) is judged as a person's and only flagged (isBot).
  let reason = automated === 'doubtful' ? broken : (automated ?? broken);
  if (!reason && !(await underRateLimit(env, ip))) reason = 'rate_limited';
  const onTrackingHost = ownHost || domain !== null;
  return redirect(
    { request, url, env, ctx, req, id, at, userAgent, ip, automated, resolved, cf, onTrackingHost },
    reason,
    foreign,
    automated === 'bot' && broken === null,
  );
}

function redirect(click: Click, reason: ClickRejectReason | null, foreign: boolean, preview: boolean): Response {
  const { request, url, env, req, id, at, automated } = click;
  const { program, enrollment, link } = click.resolved;
  // One object literal of a fixed shape: its properties are read by name for every macro.
  const macroValues = () => {
    const sub = req.sub;
    return {
      click_id: id,
      affiliate_id: enrollment?.affiliateId ?? null,
      offer_id: program?.programId ?? null,
      advertiser_id: program?.organizationId ?? null,
      sub1: sub[0] ?? null,
      sub2: sub[1] ?? null,
      sub3: sub[2] ?? null,
      sub4: sub[3] ?? null,
      sub5: sub[4] ?? null,
      sub6: sub[5] ?? null,
      sub7: sub[6] ?? null,
      sub8: sub[7] ?? null,
      sub9: sub[8] ?? null,
      sub10: sub[9] ?? null,
    };
  };
  const onTrackingHost = click.onTrackingHost;
  const choice = chooseTarget({
    req,
    // A foreign code's program must not lend its fallback: that is the other advertiser's page.
    program: foreign ? null : program,
    link,
    reason,
    requestUrl: url,
    clickId: id,
    macroValues,
    onTrackingHost,
    defaultFallback: env.DEFAULT_FALLBACK_URL,
    plans: landingPlans,
    preview,
  });

  const message = buildClickMessage(
    request,
    {
      id,
      at,
      form: req.form,
      landingUrl: choice.target,
      sub: req.sub,
      rejectReason: choice.reason,
      // Flagged for robots, prefetches and doubtful clicks; only the first two are refused.
      isBot: automated !== null,
      userAgent: click.userAgent,
      ip: click.ip,
      code: req.form === 'aff_path' ? req.code : req.form === 'short_link' ? req.slug : null,
      ids: {
        organizationId: program?.organizationId,
        appId: program?.appId,
        programId: program?.programId,
        enrollmentId: enrollment?.enrollmentId,
        affiliateId: enrollment?.affiliateId,
        linkId: link?.linkId,
      },
    },
    click.cf,
  );
  // Only the request that starts the isolate's send chain holds it; the others just append their click.
  const holding = enqueueClick(env.CLICKS, env.CLICK_SPOOL, message);
  if (holding) click.ctx.waitUntil(holding);

  // A prefetch is not a visit: failing it makes the browser send the real navigation later,
  // which then gets a proper redirect and cookie (a 302 here would be reused for the visit).
  if (automated === 'prefetch')
    return new Response(null, { status: 503, headers: { 'cache-control': 'no-store', 'retry-after': '0' } });
  // Only an accepted click is attributable; a form-1 click on a partner site whose code the edge
  // does not know yet (KV lags behind a new enrollment) stays on the page and gets a provisional
  // cookie, since the consumer judges the code against Postgres.
  const provisional =
    req.form === 'aff_path' &&
    req.code &&
    choice.reason === 'unknown_code' &&
    (automated === null || automated === 'doubtful') &&
    !onTrackingHost;
  // A plain record is the cheapest header init this runtime converts (one cookie, so no repeats).
  const answer: Record<string, string> = { 'cache-control': 'no-store', location: choice.target };
  if (choice.reason === null || provisional)
    answer['set-cookie'] = clickCookie(id, program?.cookieDays ?? DEFAULT_COOKIE_DAYS);
  return new Response(null, { status: 302, headers: answer });
}
