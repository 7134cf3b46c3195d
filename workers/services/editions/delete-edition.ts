import type { ServiceCall } from '../../context';
import { actingAdvertiser } from '../access';
import { moveEdition } from './move-edition';

/**
 * The advertiser deletes an edition: it stops resolving, its host is free again and its custom hostname is
 * given back after the grace period; its conversions and commissions stay. Audited; the affiliate is told.
 */
export async function deleteEdition({ ctx, input }: ServiceCall<{ editionId: string }>): Promise<void> {
  const { organizationId } = actingAdvertiser(ctx);
  await moveEdition({ ctx, input: { editionId: input.editionId, scope: { organizationId }, action: 'delete' } });
}
