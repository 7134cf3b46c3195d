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
  /** The click's id (a UUID): the landing page gets it when the redirect leaves our host. */
  clickId: string;
  /** The macro values of a click; only read for the forms whose landing URL is a template. */
  macroValues: () => Partial<Record<ClickMacro, string | null>>;
  /** The platform's last resort, for clicks whose program is unknown or has no valid fallback. */
  defaultFallback: string;
  /** The caller's plans of the routing values it keeps; absent, a plan is worked out per click. */
  plans?: LandingPlans;
  /**
   * A link-preview fetcher or other robot (reason `bot`) whose link passes every other rule: it is
   * sent where a person would go, minus the click id, so a shared link previews its real page.
   */
  preview?: boolean;
  /** The affiliate's discount code when the program puts it in links (`discountInLink`); else absent. */
  discountCode?: string | null;
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

/** encodeURIComponent, plus the one character of its output the URL query encoder still escapes. */
const encodeQueryValue = (value: string) => encodeURIComponent(value).replaceAll("'", '%27');

/**
 * A parsed target with the click id under `name`: a value already there is replaced, else the pair
 * is appended to the query as written, so the template's own encoding is kept.
 */
function withClickId(url: URL, name: string, clickId: string): URL {
  const pair = `${name}=${encodeQueryValue(clickId)}`;
  if (url.searchParams.has(name)) url.searchParams.set(name, clickId);
  else url.search = url.search ? `${url.search}&${pair}` : pair;
  return url;
}

/**
 * What a program's landing URL allows, worked out once per routing value (immutable, kept by the
 * caller) instead of on every click:
 * - `landing`: the URL parsed and checked against the allowed domains (null: not a safe target);
 * - `hasMacros`: it contains click macros, which every form fills;
 * - `placesClickId`: it has `{click_id}`; otherwise a click leaving our host carries its id under
 *   the program's `clickIdParam`;
 * - `queryMacros`: set when its macros all sit in the query, with no fragment, and the URL is
 *   already in the form the WHATWG serializer gives: the template cut into literal text and
 *   macro names. Filling such macros with encodeURIComponent output (plus `'` → %27, the one
 *   character of it the query encoder still escapes) yields exactly what parsing the filled URL
 *   would: the same scheme, host and path, which were checked;
 * - `clickIdSuffix`: with `queryMacros`, what goes after them before the click id (`&aff_click=`),
 *   or null when the template places `{click_id}` itself.
 */
export interface LandingPlan {
  landing: URL | null;
  hasMacros: boolean;
  placesClickId: boolean;
  queryMacros: MacroParts | null;
  clickIdSuffix: string | null;
}

export type LandingPlans = WeakMap<ProgramRoute, LandingPlan>;

function landingPlan(program: ProgramRoute, plans: LandingPlans | undefined): LandingPlan {
  let plan = plans?.get(program);
  if (!plan) {
    const template = program.landingUrl;
    const blank = expandMacros(template, {});
    const query = template.indexOf('?');
    const firstMacro = template.indexOf('{');
    const placesClickId = template.includes('{click_id}');
    const checkedBlank = safeTarget(blank, program.allowedDomains);
    // A template naming the click id parameter itself has its value replaced on the slow path.
    const inQuery =
      query >= 0 &&
      firstMacro > query &&
      !template.includes('#') &&
      checkedBlank?.href === blank &&
      (placesClickId || !checkedBlank.searchParams.has(program.clickIdParam));
    const separator = template.endsWith('?') || template.endsWith('&') ? '' : '&';
    plan = {
      landing: safeTarget(template, program.allowedDomains),
      hasMacros: blank !== template,
      placesClickId,
      queryMacros: inQuery ? cutMacros(template) : null,
      clickIdSuffix: placesClickId ? null : `${separator}${program.clickIdParam}=`,
    };
    plans?.set(program, plan);
  }
  return plan;
}

/**
 * Form 1 on the tracking host: the program's landing URL with the click's query set on it, and
 * the click id under the program's parameter. When the landing URL has no macros, query or
 * fragment of its own and no name repeats, that is appending the query as URLSearchParams
 * serializes it, to a URL already checked: no parse.
 */
function landingWithQuery(f: TargetFacts, program: ProgramRoute, repeatedNames: boolean): string | null {
  const plan = landingPlan(program, f.plans);
  if (plan.hasMacros) return filledWithQuery(f, program, plan);
  const landing = plan.landing;
  if (!landing) return null;
  const params = new URLSearchParams(f.requestUrl.search);
  params.set(program.clickIdParam, f.clickId);
  if (!landing.href.includes('?') && !landing.href.includes('#') && !repeatedNames)
    return `${landing.href}?${params.toString()}`;
  return safeTarget(appendParams(landing.href, params), program.allowedDomains)?.href ?? null;
}

/**
 * Form 1 on the tracking host, to a landing template: its macros filled as form 2 fills them,
 * then the click's query, whose names the template already has are dropped so a visitor cannot
 * overwrite a filled value (or pass a click id of their own).
 */
function filledWithQuery(f: TargetFacts, program: ProgramRoute, plan: LandingPlan): string | null {
  const url = safeTarget(expandMacros(program.landingUrl, f.macroValues()), program.allowedDomains);
  if (!url) return null;
  const own = new Set(url.searchParams.keys());
  for (const [key, value] of new URLSearchParams(f.requestUrl.search))
    if (!own.has(key) && key !== program.clickIdParam) url.searchParams.append(key, value);
  if (!plan.placesClickId) withClickId(url, program.clickIdParam, f.clickId);
  return url.href.length <= MAX_TARGET_LENGTH ? url.href : null;
}

/**
 * Form 2: the offer's landing URL with the click's macros filled, on the program's domains, and
 * the click id under the program's parameter when the template does not place `{click_id}`.
 */
function offerWithMacros(f: TargetFacts, program: ProgramRoute): string | null {
  const plan = landingPlan(program, f.plans);
  const parts = plan.queryMacros;
  const values = f.macroValues();
  if (!parts) {
    const url = safeTarget(expandMacros(program.landingUrl, values), program.allowedDomains);
    if (!url || plan.placesClickId) return url?.href ?? null;
    const href = withClickId(url, program.clickIdParam, f.clickId).href;
    return href.length <= MAX_TARGET_LENGTH ? href : null;
  }
  let target = '';
  for (const part of parts) target += typeof part === 'string' ? part : encodeQueryValue(values[part.macro] ?? '');
  if (plan.clickIdSuffix !== null) target += plan.clickIdSuffix + encodeQueryValue(f.clickId);
  return target.length <= MAX_TARGET_LENGTH ? target : null;
}

/** Form 3: the link's landing URL, its params, and the click id unless the URL places `{click_id}`. */
function linkTarget(f: TargetFacts, program: ProgramRoute, link: LinkRoute): string | null {
  const params = Object.entries(link.params);
  if (!link.landingUrl.includes('{click_id}')) params.push([program.clickIdParam, f.clickId]);
  const filled = expandMacros(link.landingUrl, f.macroValues());
  return safeTarget(appendParams(filled, params), program.allowedDomains)?.href ?? null;
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
        return f.link ? linkTarget(f, program, f.link) : null;
      case 'client_side':
        return null; // the visitor is already on the page: there is nothing to redirect to
    }
  } catch {
    return null; // a landing URL that does not parse is a misconfiguration, handled as invalid_target
  }
}

/**
 * A target without the click's id: a refused click's id must not reach the landing page, where a
 * cached preview (its og:url) could hand it on to the people who open it. The id is a UUID, so a
 * query value equal to it is the id (the parameter goes) and any other occurrence (a `{click_id}`
 * in the path) is blanked.
 */
export function withoutClickId(target: string, clickId: string): string {
  if (!target.includes(clickId)) return target;
  const url = new URL(target);
  const names = [...url.searchParams].filter(([, value]) => value === clickId).map(([name]) => name);
  for (const name of names) url.searchParams.delete(name, clickId);
  return url.href.replaceAll(clickId, '');
}

/** The landing URL parameter the snippet and the SDK's getDiscountCode() read the discount code from. */
export const DISCOUNT_CODE_PARAM = 'aff_discount';

/** An accepted click's target with the affiliate's discount code, for the checkout to apply untyped. */
export function withDiscountCode(target: string, code: string): string {
  const url = new URL(target);
  url.searchParams.set(DISCOUNT_CODE_PARAM, code);
  return url.href;
}

/**
 * Where the browser goes. Accepted clicks go to the offer, but only on the program's allowed
 * domains (form 1: only when the partner site is one of them); anything else is refused as
 * invalid_target. Refused clicks go to the same page (form 1 on a partner site), else the
 * program's fallback URL if it is safe, else the platform default.
 */
export function chooseTarget(f: TargetFacts): TargetChoice {
  let reason = f.reason;
  if (reason === 'bot' && f.preview && f.program) {
    const target = offerTarget(f, f.program);
    if (target) return { target: withoutClickId(target, f.clickId), reason };
  }
  if (!reason && f.program) {
    const target = offerTarget(f, f.program);
    if (target) return { target: f.discountCode ? withDiscountCode(target, f.discountCode) : target, reason: null };
    reason = 'invalid_target';
  }
  reason ??= 'unknown_code';
  if (f.req.form === 'aff_path' && !f.onTrackingHost) return { target: f.req.sameSite, reason };
  const fallback = f.program?.fallbackUrl ? safeTarget(f.program.fallbackUrl, f.program.allowedDomains) : null;
  return { target: fallback?.href ?? f.defaultFallback, reason };
}
