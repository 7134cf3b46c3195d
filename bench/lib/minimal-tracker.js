// The least a tracked redirect can do on this runtime, as a reference for bench/redirect.ts (not
// product code): cut the path from request.url, one in-memory route lookup, the click id, six
// header reads, request.cf, the rate limiter, the click appended for a 20 ms gathering that one
// request holds and sends as one queue message, and the 302 with its cookie. No rules, no URL
// checks, no spool, no retries. What the tracker costs beyond this is its own code. Bundled by
// startMinimal (bench/lib/redirect-harness.ts), which puts its route in ROUTES.
import { uuidv7 } from '../../workers/contracts/ids';

const routes = new Map(Object.entries(ROUTES)); // ref code → { landingUrl, ids }, as a warm isolate cache holds them
let pending = [];
let holding = false;

async function hold(env) {
  for (let round = 0; round < 32; round++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    const take = pending;
    pending = [];
    if (take.length === 0) break;
    await env.CLICKS.send({ v: 2, clicks: take }, { contentType: 'json' });
  }
  holding = false;
}

export default {
  fetch(request, env, ctx) {
    const url = request.url;
    const pathAt = url.indexOf('/', url.indexOf('://') + 3);
    const queryAt = url.indexOf('?', pathAt);
    const code = url.slice(pathAt + '/aff/'.length, queryAt < 0 ? undefined : queryAt);
    const search = queryAt < 0 ? '' : url.slice(queryAt);
    const h = request.headers;
    const userAgent = h.get('user-agent'),
      ip = h.get('cf-connecting-ip');
    if (h.get('sec-purpose') || h.get('purpose')) return new Response(null, { status: 503 });
    const cf = request.cf;
    const route = routes.get(code);
    const now = Date.now();
    const id = uuidv7(now);
    const target = `${route.landingUrl}${search ? `${search}&` : '?'}aff_click=${id}`;
    pending.push({
      v: 1,
      id,
      at: now,
      form: 'aff_path',
      code,
      ...route.ids,
      landingUrl: target,
      ip,
      userAgent,
      referrer: h.get('referer'),
      acceptLanguage: h.get('accept-language'),
      country: cf.country,
      region: cf.region,
      city: cf.city,
      asn: cf.asn,
      sub: [],
      rejectReason: null,
      isBot: false,
    });
    if (!holding) {
      holding = true;
      ctx.waitUntil(hold(env));
    }
    return env.TRACKER_LIMITER.limit({ key: ip }).then(
      () =>
        new Response(null, {
          status: 302,
          headers: {
            'cache-control': 'no-store',
            location: target,
            'set-cookie': `aff_click=${id}; Max-Age=2592000; Path=/; Secure; SameSite=Lax`,
          },
        }),
    );
  },
};
