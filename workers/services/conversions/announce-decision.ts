import type { Commission, Conversion } from '../../../schema';
import type { ServiceCall } from '../../context';
import { announceDecision } from './describe-effects';
import { dispatchEffects } from './dispatch-effects';
import { creditedClick } from './find-click';

/**
 * After a reviewer's or the advertiser's server's decision has committed: the affiliate's postback
 * and inbox hear of it, with the sub-ids of the click that earned the conversion.
 */
export async function announceDecisionAfterCommit({
  ctx,
  input,
}: ServiceCall<{ conversion: Conversion; lines: Commission[] }>): Promise<void> {
  const { conversion, lines } = input;
  const click = await creditedClick({ ctx, input: { conversion } });
  await dispatchEffects({
    ctx,
    input: {
      effects: {
        ...announceDecision(conversion, lines, click, ctx.now),
        retryAttributionOf: null,
      },
    },
  });
}
