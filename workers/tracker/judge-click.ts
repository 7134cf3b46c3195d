import type { ClickRejectReason } from '../../schema/enums';
import type { ClickRequest } from '../contracts/click-request';
import { uuidv7 } from '../contracts/ids';
import type { RequestUrl } from '../contracts/request-url';
import { hostRoute, routingKeys } from '../contracts/routing';
import { detectAutomated } from '../domain/bot-detection';
import { BoundedMemo } from '../domain/bounded-memo';
import { firstBrokenRule } from '../domain/click-rules';
import type { UserAgentVerdict } from '../domain/bot-detection';
import type { TrackerEnv } from '../env';
import { readCached } from './kv-cache';
import { resolveClick, type ResolvedClick } from './resolve-click';

// What the isolate remembers across clicks: the bot verdict per user agent (isbot's large regular
// expression plus our allow list, few distinct agents) and each cached program value's landing plan.
const botVerdicts = new BoundedMemo<string, UserAgentVerdict>(5_000);

let trackingHosts: { raw: string; hosts: Set<string> } | undefined;

function isTrackingHost(env: TrackerEnv, hostname: string): boolean {
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

async function underRateLimit(env: TrackerEnv, ip: string | null): Promise<boolean> {
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

/** What a click is once the rules have spoken: the redirect and the client-side answer both start here. */
export interface JudgedClick {
  request: Request;
  url: RequestUrl;
  env: TrackerEnv;
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
  /** The first rule the click broke (robots and prefetches included), or null. */
  reason: ClickRejectReason | null;
  /** A code of another advertiser on a custom tracking domain. */
  foreign: boolean;
  /** A robot fetching a link that a person would pass: a link preview. */
  preview: boolean;
}

/**
 * The edge's judgement of a click, for every link form and the client-side form alike: id first,
 * then the KV copy of routing config, the bot, geo and cap rules and the rate limit. Postgres is
 * never touched. The URL the runtime parsed is not parsed again, and each header and request.cf is
 * read once: on this runtime every runtime call is a measurable share of a redirect.
 */
export async function judgeClick(
  request: Request,
  url: RequestUrl,
  env: TrackerEnv,
  ctx: ExecutionContext,
  req: ClickRequest,
): Promise<JudgedClick> {
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
  const preview = automated === 'bot' && broken === null;
  return {
    request,
    url,
    env,
    ctx,
    req,
    id,
    at,
    userAgent,
    ip,
    automated,
    resolved,
    cf,
    onTrackingHost,
    reason,
    foreign,
    preview,
  };
}
