import type { ClickRejectReason } from '../../schema/enums';
import type { ClickRequest } from '../tracker/parse-click-request';
import type { RequestUrl } from '../tracker/request-url';
import type { LinkRoute, ProgramRoute } from '../tracker/routing';
import { expandMacros } from './macros';
import { hostAllowed, safeTarget } from './safe-redirect';

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
  macroValues: () => Record<string, string | null>;
  /** The platform's last resort, for clicks whose program is unknown or has no valid fallback. */
  defaultFallback: string;
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
 * A program's landing URL as checked once: the routing copy of a program is immutable and cached
 * per isolate, so its landing URL is parsed and checked against the allowed domains once, not on
 * every click that forwards a query to it.
 */
const checkedLandings = new WeakMap<ProgramRoute, URL | null>();
function checkedLanding(program: ProgramRoute): URL | null {
  let checked = checkedLandings.get(program);
  if (checked === undefined) checkedLandings.set(program, (checked = safeTarget(program.landingUrl, program.allowedDomains)));
  return checked;
}

/**
 * Form 1 on the tracking host: the program's landing URL with the click's query set on it. When
 * the landing URL has no query or fragment of its own and no name repeats, setting each parameter
 * is appending the query as URLSearchParams serializes it, to a URL already checked: no parse.
 */
function landingWithQuery(program: ProgramRoute, req: Extract<ClickRequest, { form: 'aff_path' }>, search: string): string | null {
  const landing = checkedLanding(program);
  if (!landing) return null;
  if (!search) return landing.href;
  if (!landing.href.includes('?') && !landing.href.includes('#') && !req.repeatedNames) {
    const query = new URLSearchParams(search).toString();
    return query ? `${landing.href}?${query}` : landing.href;
  }
  return safeTarget(appendParams(landing.href, new URLSearchParams(search)), program.allowedDomains)?.href ?? null;
}

function offerCandidate(f: TargetFacts, program: ProgramRoute): string | null {
  try {
    switch (f.req.form) {
      case 'aff_path':
        return f.req.sameSite;
      case 'click':
        return expandMacros(program.landingUrl, f.macroValues());
      case 'short_link':
        return f.link ? appendParams(expandMacros(f.link.landingUrl, f.macroValues()), Object.entries(f.link.params)) : null;
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
    if (f.req.form === 'aff_path' && f.onTrackingHost) {
      const target = landingWithQuery(f.program, f.req, f.requestUrl.search);
      if (target) return { target, reason: null };
    } else {
      const candidate = offerCandidate(f, f.program);
      const sameSiteAllowed = f.req.form !== 'aff_path' || hostAllowed(f.requestUrl.hostname, f.program.allowedDomains);
      const target = candidate && sameSiteAllowed ? safeTarget(candidate, f.req.form === 'aff_path' ? [f.requestUrl.hostname] : f.program.allowedDomains) : null;
      if (target) return { target: target.href, reason: null };
    }
    reason = 'invalid_target';
  }
  reason ??= 'unknown_code';
  if (f.req.form === 'aff_path' && !f.onTrackingHost) return { target: f.req.sameSite, reason };
  const fallback = f.program?.fallbackUrl ? safeTarget(f.program.fallbackUrl, f.program.allowedDomains) : null;
  return { target: fallback?.href ?? f.defaultFallback, reason };
}
