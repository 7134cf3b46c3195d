import type { ServiceCall } from '../../context';
import { decideEdition } from './decide-edition';

/**
 * The advertiser rejects a submitted edition with the reason the affiliate sees; it may be edited and submitted
 * again. Audited.
 */
export const rejectEdition = ({ ctx, input }: ServiceCall<{ editionId: string; reason: string }>) =>
  decideEdition({ ctx, input: { ...input, action: 'reject' } });
