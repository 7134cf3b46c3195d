import type { ConversionStatus } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { AppError } from '../../errors/app-error';
import type { ErrorCode } from '../../errors/codes';
import { actingAdvertiser } from '../access';
import { type ReviewInput, reviewConversion } from './review-conversion';

export type BulkReviewResult =
  | { conversionId: string; ok: true; status: ConversionStatus }
  | { conversionId: string; ok: false; code: ErrorCode; message: string };

/**
 * One decision on many conversions, each in its own transaction through the single-item verb, so the money
 * rules, the audit entry and the affiliate's notice are exactly those of one review. Not all-or-nothing: one
 * conversion that cannot move (another tenant's, already decided) does not hold back the rest; the answer
 * says, per conversion, what happened, in the order asked.
 */
export async function reviewConversions({
  ctx,
  input,
}: ServiceCall<Omit<ReviewInput, 'conversionId'> & { conversionIds: string[] }>): Promise<BulkReviewResult[]> {
  actingAdvertiser(ctx);
  const results: BulkReviewResult[] = [];
  for (const conversionId of input.conversionIds) {
    try {
      const outcome = await reviewConversion({
        ctx,
        input: { conversionId, decision: input.decision, reason: input.reason },
      });
      results.push({ conversionId, ok: true, status: outcome.conversion.status });
    } catch (error) {
      // Refusals (not_found, conflict) belong in the answer; anything else is a fault of the request.
      if (!(error instanceof AppError)) throw error;
      results.push({ conversionId, ok: false, code: error.code, message: error.message });
    }
  }
  return results;
}
