import type { ServiceCall } from '../../context';
import { actingAdvertiser } from '../access';
import type { AdvertiserEdition } from './edition-views';
import { getEdition } from './get-edition';
import { moveEdition } from './move-edition';

/**
 * The advertiser suspends an edition with the reason the affiliate sees: its host stops resolving at once, and
 * its custom hostname is given back after the grace period unless it is reinstated. Audited.
 */
export async function suspendEdition({
  ctx,
  input,
}: ServiceCall<{ editionId: string; reason: string }>): Promise<AdvertiserEdition> {
  const { organizationId } = actingAdvertiser(ctx);
  await moveEdition({
    ctx,
    input: { editionId: input.editionId, scope: { organizationId }, action: 'suspend', reason: input.reason },
  });
  return getEdition({ ctx, input: { editionId: input.editionId } });
}
