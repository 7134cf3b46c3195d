import type { CommissionType, PayoutModel, RecurringMode } from '../../schema/enums';
import { hostAllowed, parseTarget } from './safe-redirect';

export interface RuleIssue {
  path: string;
  message: string;
}

/** The program settings that constrain each other; the same rules the database CHECKs hold. */
export interface ProgramRuleInput {
  payoutModel: PayoutModel;
  commissionType: CommissionType;
  commissionRateBps: number | null;
  commissionFixedMinor: number | null;
  recurringMode: RecurringMode;
  recurringMonths: number | null;
  landingUrl: string;
  landingUrls: readonly string[];
  allowedDomains: readonly string[];
  fallbackUrl: string | null;
  geoAllow: readonly string[];
  geoDeny: readonly string[];
}

const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const HOSTNAME = new RegExp(`^(?:${LABEL}\\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$`);

/** A lower-case DNS hostname with a dot and an alphabetic TLD: no IP literals, no `localhost`. */
export function isHostname(value: string): boolean {
  return value.length <= 253 && HOSTNAME.test(value);
}

/** An allowed-domain entry: a hostname, or `*.hostname` for every subdomain (safe-redirect.ts). */
export function isDomainEntry(value: string): boolean {
  return isHostname(value.startsWith('*.') ? value.slice(2) : value);
}

/** Why `raw` cannot be a redirect target of a program on `allowedDomains`, or null when it can. */
export function landingUrlIssue(raw: string, allowedDomains: readonly string[]): string | null {
  const url = parseTarget(raw);
  if (url?.protocol !== 'https:') return 'must be an absolute https URL';
  if (!hostAllowed(url.hostname, allowedDomains)) return `its host ${url.hostname} is not one of the allowed domains`;
  return null;
}

/** The host of an https URL (for default allowed domains), or null. */
export function httpsHost(raw: string): string | null {
  const url = parseTarget(raw);
  return url && url.protocol === 'https:' ? url.hostname : null;
}

/** The allowed domains when none are given: the landing URLs' hosts. */
export function defaultAllowedDomains(landingUrl: string, landingUrls: readonly string[]): string[] {
  return [...new Set([landingUrl, ...landingUrls].map(httpsHost).filter((h): h is string => h !== null))];
}

/** Every broken cross-field rule of a program's settings, as request-validation details. */
export function programRuleIssues(p: ProgramRuleInput): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if (p.payoutModel === 'cpc' && p.commissionType !== 'fixed') {
    issues.push({
      path: 'commissionType',
      message:
        'A CPC program pays a fixed rate per click: commissionType must be fixed (commissionFixedMinor is the rate)',
    });
  }
  if ((p.commissionType === 'percent' || p.commissionType === 'hybrid') && p.commissionRateBps === null) {
    issues.push({ path: 'commissionRateBps', message: `A ${p.commissionType} commission needs commissionRateBps` });
  }
  if ((p.commissionType === 'fixed' || p.commissionType === 'hybrid') && p.commissionFixedMinor === null) {
    issues.push({
      path: 'commissionFixedMinor',
      message: `A ${p.commissionType} commission needs commissionFixedMinor`,
    });
  }
  if (p.recurringMode === 'months' && !(p.recurringMonths !== null && p.recurringMonths > 0)) {
    issues.push({
      path: 'recurringMonths',
      message: 'Recurring commissions for a number of months need recurringMonths > 0',
    });
  }
  const urls: [string, string][] = [
    ['landingUrl', p.landingUrl],
    ...p.landingUrls.map((u, i): [string, string] => [`landingUrls.${i}`, u]),
  ];
  if (p.fallbackUrl !== null) urls.push(['fallbackUrl', p.fallbackUrl]);
  for (const [path, raw] of urls) {
    const issue = landingUrlIssue(raw, p.allowedDomains);
    if (issue) issues.push({ path, message: `The URL ${issue}` });
  }
  const both = p.geoAllow.filter((c) => p.geoDeny.includes(c));
  if (both.length > 0)
    issues.push({ path: 'geoDeny', message: `Countries both allowed and denied: ${both.join(', ')}` });
  return issues;
}
