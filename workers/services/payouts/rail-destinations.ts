import type { PayoutRail } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import type { PayoutDestination } from '../../domain/payout-destination';
import { railRefusal } from '../../domain/payout-rails';
import { payoutRail } from './rails/registry';

/** An affiliate's next item: their rail and where it pays. */
export type RailDestination = PayoutDestination & { rail: PayoutRail };

/**
 * Each affiliate's destination on their chosen rail, asked of the rail (rails/registry.ts), or why they are
 * held: a currency their rail does not pay, or the rail's own reason.
 */
export async function railDestinations({
  ctx,
  input: { organizationId, currency, lines },
}: ServiceCall<{
  organizationId: string;
  currency: string;
  lines: readonly { affiliateId: string; rail: PayoutRail }[];
}>): Promise<{ destinations: Map<string, RailDestination>; held: Map<string, string> }> {
  const byRail = new Map<PayoutRail, Set<string>>();
  for (const l of lines) byRail.set(l.rail, (byRail.get(l.rail) ?? new Set()).add(l.affiliateId));
  const destinations = new Map<string, RailDestination>();
  const held = new Map<string, string>();
  for (const [rail, affiliates] of byRail) {
    const refusal = railRefusal(rail, currency);
    if (refusal) {
      for (const id of affiliates) held.set(id, refusal);
      continue;
    }
    const found = await payoutRail(rail).destinations({
      ctx,
      input: { organizationId, currency, affiliateIds: [...affiliates] },
    });
    for (const id of affiliates) {
      const d = found.get(id);
      if (d?.ok) destinations.set(id, { rail, ...d.destination });
      else held.set(id, d?.hold ?? 'destination_missing');
    }
  }
  return { destinations, held };
}
