import { eq } from 'drizzle-orm';
import { customDomains } from '../../../schema';
import type { CustomDomainRecord } from '../../../schema';
import type { CustomDomainStatus, EditionDomainKind } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { affiliateScope } from '../access';
import { findEditionRowOrThrow } from './find-my-edition-row';

export interface EditionDomain {
  host: string;
  domainKind: EditionDomainKind;
  status: CustomDomainStatus;
  records: CustomDomainRecord[];
  failureReason: string | null;
  checkedAt: Date | null;
}

/**
 * Where the edition's host stands: a subdomain of the app's domain is active at once with nothing to add; a
 * custom host shows the DNS records to add and Cloudflare's verdict as the minute cron last polled it.
 */
export async function getEditionDomain({ ctx, input }: ServiceCall<{ editionId: string }>): Promise<EditionDomain> {
  const edition = await findEditionRowOrThrow(ctx.db, affiliateScope(ctx), input.editionId);
  const base = { host: edition.host, domainKind: edition.domainKind };
  if (edition.domainKind === 'subdomain')
    return { ...base, status: 'active', records: [], failureReason: null, checkedAt: null };
  const [domain] = edition.customDomainId
    ? await ctx.db.select().from(customDomains).where(eq(customDomains.id, edition.customDomainId))
    : [];
  if (!domain)
    return {
      ...base,
      status: 'pending',
      records: [],
      failureReason: 'The hostname is being added again; check back in a minute',
      checkedAt: null,
    };
  return {
    ...base,
    status: domain.status,
    records: domain.records,
    failureReason: domain.failureReason,
    checkedAt: domain.checkedAt,
  };
}
