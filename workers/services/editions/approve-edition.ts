import type { ServiceCall } from '../../context';
import { decideEdition } from './decide-edition';

/** The advertiser approves a submitted edition: it resolves at once. Audited; the affiliate is told. */
export const approveEdition = ({ ctx, input }: ServiceCall<{ editionId: string }>) =>
  decideEdition({ ctx, input: { ...input, action: 'approve' } });
