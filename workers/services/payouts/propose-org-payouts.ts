import type { ServiceCall } from '../../context';
import { advertiserOrgId } from '../tenant-scope';
import { proposePayouts } from './propose-payouts';

/** Finance's "propose now": the daily proposal for the request's advertiser only. */
export function proposeOrgPayouts({ ctx }: ServiceCall<void>): ReturnType<typeof proposePayouts> {
  return proposePayouts({ ctx, input: { organizationId: advertiserOrgId(ctx) } });
}
