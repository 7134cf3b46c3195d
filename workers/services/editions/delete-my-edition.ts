import type { ServiceCall } from '../../context';
import { affiliateScope } from '../access';
import { moveEdition } from './move-edition';

/** The affiliate deletes its own edition, whatever its status; like the advertiser's deletion otherwise. */
export async function deleteMyEdition({ ctx, input }: ServiceCall<{ editionId: string }>): Promise<void> {
  await moveEdition({ ctx, input: { editionId: input.editionId, scope: affiliateScope(ctx), action: 'delete' } });
}
