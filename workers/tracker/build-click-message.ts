import type { ClickMessage } from '../contracts/click-message';

// Postgres text cannot hold NUL, and control characters have no place in stored click data.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these patterns exist to find control characters.
const CONTROL = /[\u0000-\u001f\u007f]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: as above.
const HAS_CONTROL = /[\u0000-\u001f\u007f]/;
const cut = (value: string | null | undefined, max: number): string | null =>
  value ? (value.length <= max && !HAS_CONTROL.test(value) ? value : value.replace(CONTROL, '').slice(0, max)) : null;

type ResolvedIds = Pick<
  ClickMessage,
  'organizationId' | 'appId' | 'programId' | 'enrollmentId' | 'affiliateId' | 'linkId'
>;

export interface ClickFacts {
  id: string;
  at: number;
  form: ClickMessage['form'];
  code: string | null;
  ids?: Partial<ResolvedIds>;
  landingUrl: string;
  sub?: (string | null)[];
  rejectReason?: ClickMessage['rejectReason'];
  isBot?: boolean;
  /** The request's User-Agent and client IP, when the caller already read them (each header read is a runtime call). */
  userAgent?: string | null;
  ip?: string | null;
  /** Where the visitor came from, when the request's own Referer is not it (a client-side click). */
  referrer?: string | null;
}

/**
 * Enriches a click with what the request itself tells: client, referrer and Cloudflare's geo.
 * `cf` defaults to the request's: a caller that already read it passes it, since each read of
 * request.cf is a call into the runtime.
 */
export function buildClickMessage(request: Request, facts: ClickFacts, cf: Request['cf'] = request.cf): ClickMessage {
  const headers = request.headers;
  const country = typeof cf?.country === 'string' && /^[A-Z0-9]{2}$/.test(cf.country) ? cf.country : null;
  return {
    v: 1,
    id: facts.id,
    at: facts.at,
    form: facts.form,
    code: facts.code,
    organizationId: facts.ids?.organizationId ?? null,
    appId: facts.ids?.appId ?? null,
    programId: facts.ids?.programId ?? null,
    enrollmentId: facts.ids?.enrollmentId ?? null,
    affiliateId: facts.ids?.affiliateId ?? null,
    linkId: facts.ids?.linkId ?? null,
    landingUrl: facts.landingUrl.slice(0, 4096),
    ip: cut(facts.ip === undefined ? headers.get('cf-connecting-ip') : facts.ip, 64),
    userAgent: cut(facts.userAgent === undefined ? headers.get('user-agent') : facts.userAgent, 1024),
    referrer: cut(facts.referrer === undefined ? headers.get('referer') : facts.referrer, 2048),
    acceptLanguage: cut(headers.get('accept-language'), 256),
    country,
    region: cut(typeof cf?.region === 'string' ? cf.region : null, 128),
    city: cut(typeof cf?.city === 'string' ? cf.city : null, 128),
    asn: typeof cf?.asn === 'number' ? cf.asn : null,
    sub: (facts.sub ?? []).map((s) => cut(s, 256)),
    rejectReason: facts.rejectReason ?? null,
    isBot: facts.isBot ?? false,
  };
}
