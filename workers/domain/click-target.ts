import type { ClickRejectReason } from '../../schema/enums';
import type { ClickRequest } from '../contracts/click-request';
import type { RequestUrl } from '../contracts/request-url';
import type { LinkRoute, ProgramRoute } from '../contracts/routing';
import { cutMacros, expandMacros, type ClickMacro, type MacroParts } from './macros';
import { hostAllowed, MAX_TARGET_LENGTH, safeTarget } from './safe-redirect';

export interface TargetFacts {
  req: ClickRequest;
  program: ProgramRoute | null;
  link: LinkRoute | null;
  /** The first broken rule, or null when the click is accepted. */
  reason: ClickRejectReason | null;
  /** The request came to our own tracking host rather than a partner site. */
  onTrackingHost: boolean;
  requestUrl: RequestUrl;
  /** The macro values of a click; only read for the forms whose landing URL is a template. */
  macroValues: () => Partial<Record<ClickMacro, string | null>>;
  /** The platform's last resort, for clicks whose program is unknown or has no valid fallback. */
  defaultFallback: string;
  /** The caller's plans of the routing values it keeps; absent, a plan is worked out per click. */
  plans?: LandingPlans;
}

export interface TargetChoice {
  target: string;
  reason: ClickRejectReason | null;
}

function appendParams(raw: string, params: Iterable<[string, string]>): string {
  const url = new URL(raw);
  for (const [key, value] of params) url.searchParams.set(key, value);
  return url.href;
}

/**
 * What a program's landing URL allows, worked out once per routing value (immutable, kept by the
 * caller) instead of on every click:
 * - `landing`: the URL parsed and checked against the allowed domains (null: not a safe target);
 * - `queryMacros`: set when its macros all sit in the query, with no fragment, and the URL is
 *   already in the form the WHATWG serializer gives: the template cut into literal text and
 *   macro names. Filling such macros with encodeURIComponent output (plus `'` → %27, the one
 *   character of it the query encoder still escapes) yields exactly what parsing the filled URL
 *   would: the same scheme, host and path, which were checked.
 */
export interface LandingPlan {
  landing: URL | null;
  queryMacros: MacroParts | null;
}

export type LandingPlans = WeakMap<ProgramRoute, LandingPlan>;

function landingPlan(program: ProgramRoute, plans: LandingPlans | undefined): LandingPlan {
  let plan = plans?.get(program);
  if (!plan) {
    const template = program.landingUrl;
    const blank = expandMacros(template, {});
    const query = template.indexOf('?');
    const firstMacro = template.indexOf('{');
    const inQuery =
      query >= 0 &&
      firstMacro > query &&
      !template.includes('#') &&
      safeTarget(blank, program.allowedDomains)?.href === blank;
    plan = { landing: safeTarget(template, program.allowedDomains), queryMacros: inQuery ? cutMacros(template) : null };
    plans?.set(program, plan);
  }
  return plan;
}

/**
 * Form 1 on the tracking host: the program's landing URL with the click's query set on it. When
 * the landing URL has no query or fragment of its own and no name repeats, setting each parameter
 * is appending the query as URLSearchParams serializes it, to a URL already checked: no parse.
 */
function landingWithQuery(f: TargetFacts, program: ProgramRoute, repeatedNames: boolean): string | null {
  const landing = landingPlan(program, f.plans).landing;
  const search = f.requestUrl.search;
  if (!landing) return null;
  if (!search) return landing.href;
  if (!landing.href.includes('?') && !landing.href.includes('#') && !repeatedNames) {
    const query = new URLSearchParams(search).toString();
    return query ? `${landing.href}?${query}` : landing.href;
  }
  return safeTarget(appendParams(landing.href, new URLSearchParams(search)), program.allowedDomains)?.href ?? null;
}

/** encodeURIComponent, plus the one character of its output the URL query encoder still escapes. */
const encodeQueryValue = (value: string) => encodeURIComponent(value).replaceAll("'", '%27');

/** Form 2: the offer's landing URL with the click's macros filled, on the program's domains. */
function offerWithMacros(f: TargetFacts, program: ProgramRoute): string | null {
  const parts = landingPlan(program, f.plans).queryMacros;
  const values = f.macroValues();
  if (!parts) return safeTarget(expandMacros(program.landingUrl, values), program.allowedDomains)?.href ?? null;
  let target = '';
  for (const part of parts) target += typeof part === 'string' ? part : encodeQueryValue(values[part.macro] ?? '');
  return target.length <= MAX_TARGET_LENGTH ? target : null;
}

/** The offer an accepted click goes to, or null when it would not be a safe target. */
function offerTarget(f: TargetFacts, program: ProgramRoute): string | null {
  try {
    switch (f.req.form) {
      case 'aff_path':
        if (f.onTrackingHost) return landingWithQuery(f, program, f.req.repeatedNames);
        // A partner site: the same page, and only when that site is one of the program's domains.
        return hostAllowed(f.requestUrl.hostname, program.allowedDomains)
          ? (safeTarget(f.req.sameSite, [f.requestUrl.hostname])?.href ?? null)
          : null;
      case 'click':
        return offerWithMacros(f, program);
      case 'short_link':
        return f.link
          ? (safeTarget(
              appendParams(expandMacros(f.link.landingUrl, f.macroValues()), Object.entries(f.link.params)),
              program.allowedDomains,
            )?.href ?? null)
          : null;
    }
  } catch {
    return null; // a landing URL that does not parse is a misconfiguration, handled as invalid_target
  }
}

/**
 * Where the browser goes. Accepted clicks go to the offer, but only on the program's allowed
 * domains (form 1: only when the partner site is one of them); anything else is refused as
 * invalid_target. Refused clicks go to the same page (form 1 on a partner site), else the
 * program's fallback URL if it is safe, else the platform default.
 */
export function chooseTarget(f: TargetFacts): TargetChoice {
  let reason = f.reason;
  if (!reason && f.program) {
    const target = offerTarget(f, f.program);
    if (target) return { target, reason: null };
    reason = 'invalid_target';
  }
  reason ??= 'unknown_code';
  if (f.req.form === 'aff_path' && !f.onTrackingHost) return { target: f.req.sameSite, reason };
  const fallback = f.program?.fallbackUrl ? safeTarget(f.program.fallbackUrl, f.program.allowedDomains) : null;
  return { target: fallback?.href ?? f.defaultFallback, reason };
}
