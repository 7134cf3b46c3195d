import type { CustomDomainStatus } from '../../schema/enums';

/**
 * A custom domain is pending until Cloudflare reports the hostname and its certificate active, or
 * fails with a reason. Re-verifying a failed one starts over (pending); an active one that
 * Cloudflare later reports moved or blocked fails.
 */
export const CUSTOM_DOMAIN_TRANSITIONS: Readonly<Record<CustomDomainStatus, readonly CustomDomainStatus[]>> = {
  pending: ['active', 'failed'],
  active: ['failed'],
  failed: ['pending'],
};

export function canChangeCustomDomainStatus(from: CustomDomainStatus, to: CustomDomainStatus): boolean {
  return CUSTOM_DOMAIN_TRANSITIONS[from].includes(to);
}

/** What Cloudflare's two statuses mean for us, and why a failure failed. */
export interface CloudflareVerdict {
  status: CustomDomainStatus;
  reason: string | null;
}

// Cloudflare's hostname statuses that will not become active on their own.
const FAILED_HOSTNAME = new Set(['moved', 'blocked', 'deleted', 'test_failed']);
// Certificate statuses past which Cloudflare stops trying.
const FAILED_SSL = new Set([
  'validation_timed_out',
  'issuance_timed_out',
  'deployment_timed_out',
  'deletion_timed_out',
  'timed_out',
  'expired',
  'deleted',
]);

/** Reads Cloudflare's hostname and certificate statuses; the reason is Cloudflare's own words. */
export function judgeCloudflareStatus(facts: {
  hostnameStatus: string | null;
  sslStatus: string | null;
  verificationErrors: string[];
  sslErrors: string[];
}): CloudflareVerdict {
  const { hostnameStatus, sslStatus } = facts;
  if (hostnameStatus === 'active' && sslStatus === 'active') return { status: 'active', reason: null };
  const failed =
    (hostnameStatus !== null && FAILED_HOSTNAME.has(hostnameStatus)) ||
    (sslStatus !== null && FAILED_SSL.has(sslStatus));
  if (!failed) return { status: 'pending', reason: null };
  const said = [...facts.sslErrors, ...facts.verificationErrors].filter((m, i, all) => m && all.indexOf(m) === i);
  return {
    status: 'failed',
    reason: said.length
      ? said.join('; ')
      : `Cloudflare reports the hostname ${hostnameStatus ?? 'unknown'} and its certificate ${sslStatus ?? 'unknown'}`,
  };
}
