import { and, eq, ne } from 'drizzle-orm';
import { editions, type Edition } from '../../../schema';
import type { Executor } from '../../db/client';
import { NotFoundError } from '../../errors/app-error';

/**
 * An edition row within `scope` (an advertiser's, or one affiliate's in that advertiser's context); deleted
 * ones and other tenants' answer not_found alike. `lock` takes a row lock.
 */
export async function findEditionRowOrThrow(
  db: Executor,
  scope: { organizationId: string; affiliateId?: string | undefined },
  editionId: string,
  lock = false,
): Promise<Edition> {
  const query = db
    .select()
    .from(editions)
    .where(
      and(
        eq(editions.id, editionId),
        eq(editions.organizationId, scope.organizationId),
        scope.affiliateId ? eq(editions.affiliateId, scope.affiliateId) : undefined,
        ne(editions.status, 'deleted'),
      ),
    );
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new NotFoundError('edition', editionId);
  return row;
}
