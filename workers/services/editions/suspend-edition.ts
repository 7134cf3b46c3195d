import type { ServiceCall } from '../../context';
import { decideEdition } from './decide-edition';

/**
 * The advertiser suspends an edition with the reason the affiliate sees: its host stops resolving at once, and
 * its custom hostname is given back after the grace period unless it is reinstated. Audited.
 */
export const suspendEdition = ({ ctx, input }: ServiceCall<{ editionId: string; reason: string }>) =>
  decideEdition({ ctx, input: { ...input, action: 'suspend' } });
