import { hostnameIssue, normalizeHostname } from './custom-domain';

/** Labels an app keeps for itself under its base domain: an edition may not take them. */
const RESERVED_LABELS = new Set([
  'www', 'api', 'app', 'admin', 'mail', 'smtp', 'login', 'signin', 'auth', 'account', 'accounts', 'billing',
  'pay', 'payment', 'payments', 'checkout', 'support', 'help', 'status', 'static', 'cdn', 'assets', 'docs',
  'blog', 'dashboard', 'secure', 'dev', 'staging', 'test',
]);

/** The label of a subdomain edition: 3–63 letters, digits and inner hyphens. */
const LABEL = /^[a-z0-9](?:[a-z0-9-]{1,61}[a-z0-9])$/;

export type EditionHostIssue = { code: 'host_not_allowed'; reason: string };

export interface EditionHostRules {
  kind: 'subdomain' | 'custom';
  /** The app's base domain for subdomain editions; null: the app offers none. */
  baseDomain: string | null;
  /** The platform's own hostnames and the app's own domains, which no custom edition host may be or sit under. */
  protectedHosts: readonly string[];
}

const under = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

/**
 * The edition's host as stored (lower case, punycode), or why it is refused. A subdomain edition names one
 * label directly under the base domain (`alice` or `alice.podruga.example`); a custom edition names a public
 * hostname that is a subdomain (the routing record is a CNAME) and neither the app's nor the platform's.
 */
export function editionHost(raw: string, rules: EditionHostRules): { host: string } | { issue: EditionHostIssue } {
  const refuse = (reason: string) => ({ issue: { code: 'host_not_allowed' as const, reason } });
  const typed = normalizeHostname(raw);
  if (!typed) return refuse('is not a bare hostname such as alice.example.com');
  if (rules.kind === 'subdomain') {
    if (!rules.baseDomain) return refuse('cannot be a subdomain: the app offers no base domain');
    const label = typed.endsWith(`.${rules.baseDomain}`) ? typed.slice(0, -rules.baseDomain.length - 1) : typed;
    if (label.includes('.')) return refuse(`must be one label directly under ${rules.baseDomain}`);
    if (!LABEL.test(label) || label.includes('--'))
      return refuse('must be 3–63 letters, digits or single inner hyphens');
    if (RESERVED_LABELS.has(label)) return refuse(`is kept by the app for itself (${label})`);
    return { host: `${label}.${rules.baseDomain}` };
  }
  if (rules.baseDomain && under(typed, rules.baseDomain))
    return refuse(`is under the app's own domain ${rules.baseDomain}: choose a subdomain edition instead`);
  const issue = hostnameIssue(typed, rules.protectedHosts);
  if (issue) return refuse(issue.reason);
  return { host: typed };
}
