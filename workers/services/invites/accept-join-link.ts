import type { ServiceCall } from '../../context';
import { actorId } from '../access';
import { joinThroughLink, type JoinResult } from './join-through-link';

/** A signed-in affiliate joins through a registration link (see joinThroughLink for the rules). */
export async function acceptJoinLink({ ctx, input }: ServiceCall<{ code: string }>): Promise<JoinResult> {
  return joinThroughLink(ctx, { code: input.code, affiliateId: actorId(ctx) });
}
