import { FraudFlag } from '../../schema/enums';
import { DATACENTER_ASNS } from './datacenter-asns';

/** The facts the fraud rules judge; each rule flags a conversion for review. */
export interface FraudInput {
  /** sha256 hex of the lower-cased customer email; null when none was sent. */
  customerEmailHash: string | null;
  /** sha256 hex of the lower-cased affiliate email. */
  affiliateEmailHash: string;
  /** The partner's customer id/user is the affiliate's own account. */
  customerIsAffiliate: boolean;
  /** Conversions from the same IP in the last hour, excluding this one; null: no IP known. */
  conversionsFromIpLastHour: number | null;
  /** null: no click. */
  secondsSinceClick: number | null;
  duplicateOrder: boolean;
  clickIsBot: boolean;
  clickAsn: number | null;
  thresholds: { maxConversionsPerIpHour: number; minSecondsAfterClick: number };
}

/**
 * Every fraud flag the conversion raises, in FraudFlag order, without duplicates. Flags send a
 * conversion to review; they never reject it on their own (a person decides).
 *
 * - self_referral: the customer is the affiliate's own account, or has the affiliate's email.
 * - ip_velocity: "more than N conversions per IP per hour" counts this one: earlier + 1 > N.
 * - fast_conversion: fewer than minSecondsAfterClick seconds between click and conversion. A
 *   negative gap (the conversion predates its click: clock skew or a forged click) is flagged too,
 *   as it is no more plausible than an instant one. A minimum of 0 turns the check off entirely.
 * - duplicate_order, bot_click: as judged by the caller.
 * - datacenter_ip: the click came from a hosting/cloud ASN (datacenter-asns.ts).
 */
export function fraudFlags(input: FraudInput): FraudFlag[] {
  const { maxConversionsPerIpHour: maxPerHour, minSecondsAfterClick: minSeconds } = input.thresholds;
  if (!Number.isInteger(maxPerHour) || maxPerHour <= 0)
    throw new RangeError(`maxConversionsPerIpHour must be a positive integer, got ${maxPerHour}`);
  if (!Number.isInteger(minSeconds) || minSeconds < 0)
    throw new RangeError(`minSecondsAfterClick must be a non-negative integer, got ${minSeconds}`);

  const raised = new Set<FraudFlag>();
  if (input.customerIsAffiliate || sameHash(input.customerEmailHash, input.affiliateEmailHash))
    raised.add('self_referral');
  if (input.conversionsFromIpLastHour !== null && input.conversionsFromIpLastHour + 1 > maxPerHour)
    raised.add('ip_velocity');
  if (minSeconds > 0 && input.secondsSinceClick !== null && input.secondsSinceClick < minSeconds)
    raised.add('fast_conversion');
  if (input.duplicateOrder) raised.add('duplicate_order');
  if (input.clickIsBot) raised.add('bot_click');
  if (input.clickAsn !== null && DATACENTER_ASNS.has(input.clickAsn)) raised.add('datacenter_ip');
  return FraudFlag.filter((flag) => raised.has(flag));
}

/** Hex digests compared case-insensitively; an empty hash (no email) never matches. */
function sameHash(a: string | null, b: string): boolean {
  return a !== null && a !== '' && b !== '' && a.toLowerCase() === b.toLowerCase();
}
