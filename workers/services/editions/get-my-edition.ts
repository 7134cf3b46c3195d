import { and, eq } from 'drizzle-orm';
import { editions } from '../../../schema';
import type { ServiceCall } from '../../context';
import { NotFoundError } from '../../errors/app-error';
import { affiliateScope } from '../access';
import type { MyEdition } from './edition-views';
import { loadEditions, notDeleted, ofAffiliate } from './load-editions';

/** One of the affiliate's own editions in this advertiser's context; not_found for anyone else's. */
export async function getMyEdition({ ctx, input }: ServiceCall<{ editionId: string }>): Promise<MyEdition> {
  const { organizationId, affiliateId } = affiliateScope(ctx);
  const [row] = await loadEditions(
    ctx.db,
    and(ofAffiliate(organizationId, affiliateId), eq(editions.id, input.editionId), notDeleted),
  );
  if (!row) throw new NotFoundError('edition', input.editionId);
  const { affiliate: _self, ...mine } = row;
  return mine;
}
