import type { ServiceCall } from '../../context';
import { affiliateScope } from '../access';
import { listMyConversions } from '../conversions';

/** A conversion as the home lists it: what happened and what you earn, never the sale amount. */
export interface HomeConversion {
  organizationId: string;
  id: string;
  programId: string;
  programName: string;
  eventType: string;
  status: string;
  occurredAt: Date;
  commission: { amountMinor: number; currency: string; status: string } | null;
}

/** The affiliate's latest conversions with the request's advertiser, newest first, with its own commission. */
export async function readLatestConversions({ ctx, input }: ServiceCall<{ limit: number }>): Promise<HomeConversion[]> {
  const { organizationId } = affiliateScope(ctx);
  const rows = await listMyConversions({ ctx, input: { limit: input.limit } });
  return rows.slice(0, input.limit).map((r) => ({
    organizationId,
    id: r.id,
    programId: r.programId,
    programName: r.programName,
    eventType: r.conversion.eventType,
    status: r.conversion.status,
    occurredAt: r.conversion.occurredAt,
    commission: r.directCommission
      ? {
          amountMinor: r.directCommission.amountMinor,
          currency: r.directCommission.currency,
          status: r.directCommission.status,
        }
      : null,
  }));
}
