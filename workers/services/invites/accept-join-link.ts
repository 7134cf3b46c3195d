import type { ServiceCall } from '../../context';
import type { AnswerValue } from '../../domain/application-form';
import { actorId } from '../access';
import { joinThroughLink, type JoinResult } from './join-through-link';

/** A signed-in affiliate joins through a registration link (see joinThroughLink for the rules). */
export async function acceptJoinLink({
  ctx,
  input,
}: ServiceCall<{
  code: string;
  answers: Record<string, AnswerValue>;
  termsVersion?: number | undefined;
}>): Promise<JoinResult> {
  return joinThroughLink({
    ctx,
    input: {
      code: input.code,
      affiliateId: actorId(ctx),
      application: { answers: input.answers, termsVersion: input.termsVersion },
    },
  });
}
