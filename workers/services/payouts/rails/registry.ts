import type { PayoutRail as RailName } from '../../../../schema/enums';
import { externalRail } from './external';
import { paypalRail } from './paypal';
import type { PayoutRail } from './rail';
import { stripeRail } from './stripe';
import { tremendousRail } from './tremendous';
import { wiseRail } from './wise';

/**
 * Every payout rail, one line each: the payouts area sends, polls and checks accounts through this
 * table and never names a rail. The key is the payout_rail enum value (schema/enums.ts); the record
 * type makes a rail of the enum without a line here a type error.
 */
// biome-ignore lint/suspicious/noExplicitAny: each rail has its own account and webhook types; callers pass a rail's account back to the same rail
export const PAYOUT_RAILS: Readonly<Record<RailName, PayoutRail<any, any>>> = {
  paypal: paypalRail,
  stripe: stripeRail,
  external: externalRail,
  tremendous: tremendousRail,
  wise: wiseRail,
};

/** The rail of a part, item or method. */
export const payoutRail = (name: RailName): PayoutRail => PAYOUT_RAILS[name];
