import type { ClickRequest } from '../contracts/click-request';
import type { RequestUrl } from '../contracts/request-url';
import type { LandingPlans } from '../domain/click-target';
import { chooseTarget } from '../domain/click-target';
import type { TrackerEnv } from '../env';
import { buildClickMessage } from './build-click-message';
import { clickCookie, DEFAULT_COOKIE_DAYS } from './click-cookie';
import { enqueueClick } from './enqueue-click';
import { judgeClick, type JudgedClick } from './judge-click';

// Each cached program value's landing plan, remembered by the isolate across clicks.
const landingPlans: LandingPlans = new WeakMap();

/**
 * The edge click path, for every link form: the judgement (judge-click.ts), a safe target, the
 * queue and the 302. No backend failure can stop the redirect.
 */
export async function handleClick(
  request: Request,
  url: RequestUrl,
  env: TrackerEnv,
  ctx: ExecutionContext,
  req: ClickRequest,
): Promise<Response> {
  return redirect(await judgeClick(request, url, env, ctx, req));
}

function redirect(click: JudgedClick): Response {
  const { request, url, env, req, id, at, automated, reason, foreign, preview } = click;
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
    discountCode: program?.discountInLink && enrollment?.couponCode ? enrollment.couponCode : null,
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
