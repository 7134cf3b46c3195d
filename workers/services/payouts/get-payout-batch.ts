import type { ServiceCall } from '../../context';
import { batchDuties } from './batch-duties';
import { type BatchPageInput, batchPage } from './batch-page';

/** A batch with its totals, who did what and may act next, its PayPal parts and one page of its items. */
export async function getPayoutBatch({ ctx, input }: ServiceCall<BatchPageInput>) {
  const { batch, parts, items } = await batchPage({ ctx, input });
  const duties = await batchDuties({ ctx, input: { batch } });
  return { batch, duties, parts, items };
}
