import { and, eq } from 'drizzle-orm';
import { editions } from '../../../schema';
import type { EditionStatus } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { actingAdvertiser } from '../access';
import type { AdvertiserEdition } from './edition-views';
import { loadEditions, notDeleted, ofAdvertiser } from './load-editions';

/** The editions of the advertiser's apps (one app, one status), newest first, with affiliate and results. */
export async function listEditions({
  ctx,
  input,
}: ServiceCall<{ appId?: string | undefined; status?: EditionStatus | undefined }>): Promise<AdvertiserEdition[]> {
  return loadEditions(
    ctx.db,
    and(
      ofAdvertiser(actingAdvertiser(ctx).organizationId),
      input.appId ? eq(editions.appId, input.appId) : undefined,
      input.status ? eq(editions.status, input.status) : notDeleted,
    ),
  );
}
