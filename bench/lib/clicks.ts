// Click messages as the edge sends them (workers/tracker/build-click-message.ts), for the ingest
// benchmark: valid per the queue contract, with a realistic mix of link forms and verdicts.
import { decideClickStatus, type ResolvedCode } from '../../workers/domain/click-status';
import { uuidv7 } from '../../workers/contracts/ids';
import { parseUserAgent } from '../../workers/domain/parse-user-agent';
import { clickMessage, type ClickMessage } from '../../workers/contracts/click-message';
import { prng } from '../../dev/prng';

export interface BenchTenant {
  organizationId: string;
  appId: string;
  programId: string;
  enrollmentId: string;
  affiliateId: string;
  refCode: string;
}

// A handful of browser families, each in a few versions; plus the odd crawler.
const BROWSERS = [
  (v: number) =>
    `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Safari/537.36`,
  (v: number) =>
    `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${v - 122}.0 Safari/605.1.15`,
  (v: number) =>
    `Mozilla/5.0 (iPhone; CPU iPhone OS ${v - 122}_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${v - 122}.0 Mobile/15E148 Safari/604.1`,
  (v: number) =>
    `Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Mobile Safari/537.36`,
  (v: number) => `Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:${v - 10}.0) Gecko/20100101 Firefox/${v - 10}.0`,
  (v: number) =>
    `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Safari/537.36 Edg/${v}.0.0.0`,
];
const USER_AGENTS = BROWSERS.flatMap((ua) => [136, 137, 138, 139, 140].map(ua));
const BOT_AGENTS = [
  'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
  'facebookexternalhit/1.1',
  'curl/8.5.0',
];
const LANGUAGES = [
  'en-US,en;q=0.9',
  'en-GB,en;q=0.8',
  'de-DE,de;q=0.9,en;q=0.8',
  'fr-FR,fr;q=0.9',
  'es-ES,es;q=0.9',
  'pt-BR,pt;q=0.9',
  'ru-RU,ru;q=0.9',
  'ja-JP,ja;q=0.9',
  'pl-PL,pl;q=0.9',
  'it-IT,it;q=0.9',
  'nl-NL,nl;q=0.9',
  'tr-TR,tr;q=0.9',
];
const PLACES = [
  { country: 'US', region: 'California', city: 'San Francisco', asn: 7922 },
  { country: 'US', region: 'Texas', city: 'Austin', asn: 7018 },
  { country: 'US', region: 'New York', city: 'New York', asn: 701 },
  { country: 'DE', region: 'Land Berlin', city: 'Berlin', asn: 3320 },
  { country: 'GB', region: 'England', city: 'London', asn: 2856 },
  { country: 'FR', region: 'Île-de-France', city: 'Paris', asn: 3215 },
  { country: 'BR', region: 'São Paulo', city: 'São Paulo', asn: 28573 },
  { country: 'IN', region: 'Maharashtra', city: 'Mumbai', asn: 55836 },
  { country: 'CA', region: 'Ontario', city: 'Toronto', asn: 812 },
  { country: 'JP', region: 'Tokyo', city: 'Tokyo', asn: 2516 },
];
const SUB1 = ['newsletter', 'youtube', 'blog', 'twitter', 'ppc-brand', null];
const REFERRERS = ['https://www.google.com/', 'https://t.co/', 'https://www.youtube.com/', null, null];

export interface Mix {
  /** The shares of each kind of click, summing to 1. */
  affAccepted: number;
  clickAccepted: number;
  bot: number;
  geoBlocked: number;
  /** Form 1 with a real code the edge did not know yet: the consumer resolves it in Postgres. */
  provisional: number;
  /** A code nobody knows: rejected, no program, not rolled up. */
  unknown: number;
}

export const DEFAULT_MIX: Mix = {
  affAccepted: 0.85,
  clickAccepted: 0.05,
  bot: 0.03,
  geoBlocked: 0.02,
  provisional: 0.03,
  unknown: 0.02,
};

/**
 * `count` click messages with ids spread evenly over [from, to) in time order (so a batch of 100
 * consecutive messages covers a few seconds, as a queue batch does), each validated by the queue's
 * zod schema.
 */
export function generateClicks(opts: {
  count: number;
  tenants: BenchTenant[];
  from: number;
  to: number;
  seed: number;
  mix?: Mix;
}): ClickMessage[] {
  const rnd = prng(opts.seed);
  const mix = opts.mix ?? DEFAULT_MIX;
  const step = (opts.to - opts.from) / opts.count;
  const out: ClickMessage[] = [];
  for (let i = 0; i < opts.count; i++) {
    const at = Math.floor(opts.from + i * step + rnd.next() * step);
    const tenant = rnd.pick(opts.tenants);
    const roll = rnd.next();
    let kind: keyof Mix = 'unknown';
    let acc = 0;
    for (const k of Object.keys(mix) as (keyof Mix)[]) {
      acc += mix[k];
      if (roll < acc) {
        kind = k;
        break;
      }
    }
    const ua = kind === 'bot' ? rnd.pick(BOT_AGENTS) : rnd.pick(USER_AGENTS);
    const lang = rnd.pick(LANGUAGES);
    const place = rnd.pick(PLACES);
    const resolved = kind !== 'provisional' && kind !== 'unknown';
    const form = kind === 'clickAccepted' ? 'click' : 'aff_path';
    const sub: (string | null)[] = Array.from({ length: 10 }, () => null);
    sub[0] = rnd.pick(SUB1);
    if (rnd.next() < 0.3) sub[1] = `creative-${Math.floor(rnd.next() * 20)}`;
    const message: ClickMessage = {
      v: 1,
      id: uuidv7(at),
      at,
      form,
      code: form === 'click' ? null : kind === 'unknown' ? `gone-${Math.floor(rnd.next() * 50)}` : tenant.refCode,
      organizationId: resolved ? tenant.organizationId : null,
      appId: resolved ? tenant.appId : null,
      programId: resolved ? tenant.programId : null,
      enrollmentId: resolved ? tenant.enrollmentId : null,
      affiliateId: resolved ? tenant.affiliateId : null,
      linkId: null,
      landingUrl:
        form === 'click'
          ? `https://app.example/offer?aff=${tenant.affiliateId}&s1=${sub[0] ?? ''}`
          : `https://app.example/pricing${sub[0] ? `?sub1=${sub[0]}` : ''}`,
      ip: `198.${18 + Math.floor(rnd.next() * 2)}.${Math.floor(rnd.next() * 256)}.${1 + Math.floor(rnd.next() * 254)}`,
      userAgent: ua,
      referrer: rnd.pick(REFERRERS),
      // As the edge sends it: the consumer hashes the fingerprint.
      acceptLanguage: lang,
      country: place.country,
      region: place.region,
      city: place.city,
      asn: place.asn,
      sub,
      rejectReason: kind === 'bot' ? 'bot' : kind === 'geoBlocked' ? 'geo_blocked' : resolved ? null : 'unknown_code',
      isBot: kind === 'bot',
    };
    out.push(message);
  }
  for (const m of out) {
    const parsed = clickMessage.safeParse(m);
    if (!parsed.success) throw new Error(`generated an invalid click message: ${parsed.error.message}`);
  }
  return out;
}

/** The columns the consumer writes, in COPY order (everything but received_at, which defaults). */
export const COPY_COLUMNS = [
  'id',
  'clicked_at',
  'link_form',
  'code',
  'status',
  'reject_reason',
  'organization_id',
  'app_id',
  'program_id',
  'enrollment_id',
  'affiliate_id',
  'link_id',
  'ip',
  'user_agent',
  'referrer',
  'country',
  'region',
  'city',
  'asn',
  'device_type',
  'os',
  'browser',
  'fingerprint',
  'sub1',
  'sub2',
  'sub3',
  'sub4',
  'sub5',
  'sub6',
  'sub7',
  'sub8',
  'sub9',
  'sub10',
  'landing_url',
  'is_unique',
  'is_bot',
] as const;

const csvField = (v: string | number | boolean | null | undefined): string => {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) || s === '' ? `"${s.replaceAll('"', '""')}"` : s;
};

/**
 * The row the consumer would write for a message, as CSV (the same verdict and device rules;
 * is_unique is left false: COPY is the ceiling, it does no per-row thinking).
 */
export function csvRow(m: ClickMessage, fingerprint: string | null, byRefCode: Map<string, ResolvedCode>): string {
  const code = m.enrollmentId || !m.code ? undefined : byRefCode.get(m.code);
  const verdict = decideClickStatus(m, code);
  const device = parseUserAgent(m.userAgent);
  const row = [
    m.id,
    new Date(m.at).toISOString(),
    m.form,
    m.code,
    verdict.status,
    verdict.rejectReason,
    m.organizationId ?? code?.organizationId ?? null,
    m.appId ?? code?.appId ?? null,
    m.programId ?? code?.programId ?? null,
    m.enrollmentId ?? code?.enrollmentId ?? null,
    m.affiliateId ?? code?.affiliateId ?? null,
    m.linkId ?? code?.linkId ?? null,
    m.ip,
    m.userAgent,
    m.referrer,
    m.country,
    m.region,
    m.city,
    m.asn,
    device.deviceType,
    device.os,
    device.browser,
    fingerprint,
    ...Array.from({ length: 10 }, (_, i) => m.sub[i] ?? null),
    m.landingUrl,
    'f',
    m.isBot ? 't' : 'f',
  ];
  return row.map(csvField).join(',');
}
