import type { ServiceCall } from '../../context';
import { decideEdition } from './decide-edition';

/** The advertiser reinstates a suspended edition: it resolves again at once. Audited; the affiliate is told. */
export const reinstateEdition = ({ ctx, input }: ServiceCall<{ editionId: string }>) =>
  decideEdition({ ctx, input: { ...input, action: 'reinstate' } });
