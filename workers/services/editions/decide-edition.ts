import type { ServiceCall } from '../../context';
import type { EditionAction } from '../../domain/edition-status';
import { actingAdvertiser } from '../access';
import type { AdvertiserEdition } from './edition-views';
import { getEdition } from './get-edition';
import { moveEdition } from './move-edition';

/** The advertiser's decision on one of its editions, then the edition as it now stands. */
export async function decideEdition({
  ctx,
  input,
}: ServiceCall<{
  editionId: string;
  action: Exclude<EditionAction, 'submit' | 'delete'>;
  reason?: string | undefined;
}>): Promise<AdvertiserEdition> {
  const { organizationId } = actingAdvertiser(ctx);
  await moveEdition({ ctx, input: { ...input, scope: { organizationId } } });
  return getEdition({ ctx, input: { editionId: input.editionId } });
}
