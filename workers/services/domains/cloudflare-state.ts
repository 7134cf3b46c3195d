import type { CustomDomain } from '../../../schema';
import { customDomainRecords } from '../../domain/custom-domain';
import { judgeCloudflareStatus } from '../../domain/custom-domain-status';
import type { CustomHostname } from '../../integrations/cloudflare';

/** What a Cloudflare custom hostname says about our row: the columns to write and the verdict. */
export function cloudflareState(hostname: CustomHostname, cnameTarget: string) {
  const ssl = hostname.ssl ?? null;
  const verdict = judgeCloudflareStatus({
    hostnameStatus: hostname.status ?? null,
    sslStatus: ssl?.status ?? null,
    verificationErrors: hostname.verification_errors ?? [],
    sslErrors: (ssl?.validation_errors ?? []).map((e) => e.message),
  });
  const columns = {
    cloudflareId: hostname.id,
    hostnameStatus: hostname.status ?? null,
    sslStatus: ssl?.status ?? null,
    records: customDomainRecords(hostname.hostname, cnameTarget, {
      ownership: hostname.ownership_verification,
      validationRecords: ssl?.validation_records,
    }),
  } satisfies Partial<CustomDomain>;
  return { verdict, columns };
}

/** The columns of a row for a hostname Cloudflare has just taken: its records, status and verdict as of `now`. */
export function newHostnameColumns(hostname: CustomHostname, cnameTarget: string, now: Date) {
  const { verdict, columns } = cloudflareState(hostname, cnameTarget);
  return {
    ...columns,
    status: verdict.status,
    failureReason: verdict.reason,
    checkedAt: now,
    activatedAt: verdict.status === 'active' ? now : null,
  } satisfies Partial<CustomDomain>;
}
