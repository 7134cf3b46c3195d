import { and } from 'drizzle-orm';
import type { ServiceCall } from '../../context';
import { affiliateScope } from '../access';
import type { MyEdition } from './edition-views';
import { loadEditions, notDeleted, ofAffiliate } from './load-editions';

/** The affiliate's editions in this advertiser's context, with their status and results; never another's. */
export async function listMyEditions({ ctx }: ServiceCall<void>): Promise<MyEdition[]> {
  const { organizationId, affiliateId } = affiliateScope(ctx);
  const rows = await loadEditions(ctx.db, and(ofAffiliate(organizationId, affiliateId), notDeleted));
  return rows.map(({ affiliate: _self, ...mine }) => mine);
}
