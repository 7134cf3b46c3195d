import { checkPostbackTemplate, describeTemplateProblem } from './postback-template';

/** `POSTBACK_ALLOWED_DOMAINS` as a list: lower-case names, empty when unset (any public host). */
export function parseDomainAllowList(raw: string | undefined): string[] {
  return (raw ?? '')
    .split(',')
    .map((d) => d.trim().toLowerCase().replace(/\.$/, ''))
    .filter((d) => d.length > 0);
}

/**
 * Why an expanded postback URL must not be requested, or null when it may be. Checked at send
 * time, not only when the template is saved: the rules (and the allow-list) may have tightened
 * since, and a stored template may predate them. The check runs on the real URL, before any
 * local host override is applied.
 */
export function refusePostbackTarget(url: string, allowedDomains: readonly string[]): string | null {
  const problem = checkPostbackTemplate(url);
  if (problem) return describeTemplateProblem(problem);
  if (allowedDomains.length === 0) return null;
  const host = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  const allowed = allowedDomains.some((d) => host === d || host.endsWith(`.${d}`));
  return allowed ? null : `The host ${host} is not on the platform's postback domain allow-list`;
}
