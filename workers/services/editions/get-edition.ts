import { and, eq } from 'drizzle-orm';
import { editions } from '../../../schema';
import type { ServiceCall } from '../../context';
import { NotFoundError } from '../../errors/app-error';
import { actingAdvertiser } from '../access';
import type { AdvertiserEdition } from './edition-views';
import { loadEditions, notDeleted, ofAdvertiser } from './load-editions';

/** One edition of the advertiser's apps; not_found for another advertiser's. */
export async function getEdition({ ctx, input }: ServiceCall<{ editionId: string }>): Promise<AdvertiserEdition> {
  const [row] = await loadEditions(
    ctx.db,
    and(ofAdvertiser(actingAdvertiser(ctx).organizationId), eq(editions.id, input.editionId), notDeleted),
  );
  if (!row) throw new NotFoundError('edition', input.editionId);
  return row;
}
