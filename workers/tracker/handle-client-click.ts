import { CLIENT_CLICK_MAX_BYTES, clientClickBody } from '../contracts/client-click';
import { GSPK_PARAM, REFERRAL_CODE_PATTERN } from '../contracts/referral-params';
import type { RequestUrl } from '../contracts/request-url';
import { partnerKeyOfGspk } from '../domain/partnerstack-gspk';
import { hostAllowed } from '../domain/safe-redirect';
import type { TrackerEnv } from '../env';
import { buildClickMessage } from './build-click-message';
import { enqueueClick } from './enqueue-click';
import { judgeClick, type JudgedClick } from './judge-click';

const NO_STORE = { 'cache-control': 'no-store' };

function refuse(status: number, code: string, message: string, headers: Record<string, string> = NO_STORE): Response {
  return Response.json({ error: { code, message } }, { status, headers });
}

/** The page's origin, when the request names one and it is the page the body reports. */
function pageOrigin(origin: string | null, pageUrl: string): URL | null {
  if (!origin) return null;
  try {
    const page = new URL(pageUrl);
    if (page.protocol !== 'https:' && page.protocol !== 'http:') return null;
    return page.origin === origin ? page : null;
  } catch {
    return null;
  }
}

/**
 * The ref code a reported value names. PartnerStack's links carry the partner key Base64-encoded
 * under `gspk`, and an imported partner's code is that key. Null when the value names no ref code:
 * nothing is looked up, and the click is an unknown code's.
 */
function refCodeOf(param: string, value: string): string | null {
  if (param !== GSPK_PARAM) return value;
  const key = partnerKeyOfGspk(value);
  return key !== null && REFERRAL_CODE_PATTERN.test(key) ? key : null;
}

function enqueue(click: JudgedClick, page: URL, code: string, referrer: string | null): void {
  const { program, enrollment } = click.resolved;
  const message = buildClickMessage(
    click.request,
    {
      id: click.id,
      at: click.at,
      form: 'client_side',
      code,
      landingUrl: page.href,
      rejectReason: click.reason,
      isBot: click.automated !== null,
      userAgent: click.userAgent,
      ip: click.ip,
      // The request's own Referer is the advertiser's page; the click came from the page before it.
      referrer,
      ids: {
        organizationId: program?.organizationId,
        appId: program?.appId,
        programId: program?.programId,
        enrollmentId: enrollment?.enrollmentId,
        affiliateId: enrollment?.affiliateId,
      },
    },
    click.cf,
  );
  const holding = enqueueClick(click.env.CLICKS, click.env.CLICK_SPOOL, message);
  if (holding) click.ctx.waitUntil(holding);
}

/**
 * POST /client-click: a visitor landed on the advertiser's own page with a ref code in its URL
 * (`?via=alice`) and the snippet reports it, with no redirect. The click is judged by the same
 * steps as a redirect (judge-click.ts: bots, prefetches, geo, caps, the rate limit, routing from the
 * KV copy) and sent to the same queue. Only a page on the program's allowed domains may report:
 * any other origin is refused before anything is recorded, and gets no CORS grant.
 */
export async function handleClientClick(
  request: Request,
  url: RequestUrl,
  env: TrackerEnv,
  ctx: ExecutionContext,
): Promise<Response> {
  if (request.method !== 'POST') return new Response(null, { status: 405, headers: { allow: 'POST', ...NO_STORE } });
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > CLIENT_CLICK_MAX_BYTES) return refuse(413, 'payload_too_large', 'The body is too large');
  let raw: unknown;
  try {
    const text = await request.text();
    if (text.length > CLIENT_CLICK_MAX_BYTES) return refuse(413, 'payload_too_large', 'The body is too large');
    raw = JSON.parse(text);
  } catch {
    return refuse(400, 'invalid_json', 'The body must be JSON');
  }
  const parsed = clientClickBody.safeParse(raw);
  if (!parsed.success) return refuse(400, 'validation_failed', 'Expected { param, code, url, referrer }');
  const body = parsed.data;
  const origin = request.headers.get('origin');
  const page = pageOrigin(origin, body.url);
  if (!page) return refuse(403, 'origin_not_allowed', 'The request must come from the page it reports');

  const code = refCodeOf(body.param, body.code);
  const click = await judgeClick(request, url, env, ctx, { form: 'client_side', code, param: body.param, sub: [] });
  // Recorded as the ref code it named; a value naming none, as it was written.
  const recorded = code ?? body.code;
  const program = click.resolved.program;
  // An unknown code names no program, so no origin can be vouched for: recorded as refused, as a
  // redirect's would be, and answered without a CORS grant.
  if (!program) {
    enqueue(click, page, recorded, body.referrer ?? null);
    return refuse(404, 'unknown_code', 'No program knows this code');
  }
  if (!hostAllowed(page.hostname, program.allowedDomains))
    return refuse(403, 'origin_not_allowed', "The page is not on the program's allowed domains");
  const cors = { ...NO_STORE, 'access-control-allow-origin': page.origin, vary: 'Origin' };
  if (!program.referralParams.includes(body.param))
    return refuse(422, 'param_not_accepted', `The program does not accept ?${body.param}=`, cors);

  enqueue(click, page, recorded, body.referrer ?? null);
  const accepted = click.reason === null;
  return Response.json(
    {
      clickId: accepted ? click.id : null,
      reason: click.reason,
      cookieDays: accepted ? program.cookieDays : null,
      clickIdParam: program.clickIdParam,
    },
    { status: accepted ? 201 : 200, headers: cors },
  );
}
