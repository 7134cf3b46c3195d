import { RAILS } from '@domain/payout-rails';
import type { PayoutRail } from '@schema/enums';
import type { TFunction } from 'i18next';
import type { ComponentType } from 'react';
import { ExternalResultButtons } from './external-result-buttons';
import type { PayoutItem } from './queries/payout-batches';
import type { MyPayoutMethods } from './queries/payout-methods';
import { StripeStatus } from './stripe-status';
import { WiseBatchQuote } from './wise/wise-batch-quote';
import { WiseFeeQuote } from './wise/wise-fee-quote';
import { WiseSetup } from './wise/wise-setup';

type Method = NonNullable<MyPayoutMethods['method']>;

/** What the payout-methods page shows of a rail besides its facts from the API (name, what, fees, currencies). */
export interface RailUi {
  /** What the affiliate needs for this rail, as the rail card says it. */
  needs: (view: MyPayoutMethods, t: TFunction<'payoutmethods'>) => string;
  /** The rail's own setup panel under the picker while it is the chosen method (none: nothing to set up). */
  Setup?: ComponentType<{ orgId: string; method: Method; expired: boolean }>;
  /** What the rail's card adds to its list price before the affiliate chooses it (Wise: a live quote). */
  Offer?: ComponentType<{ orgId: string }>;
  /** What finance can do with a sent item of this rail on the batch page (external: confirm or fail it). */
  ItemActions?: ComponentType<{ orgId: string; batchId: string; item: PayoutItem; requested: boolean }>;
  /** What finance reviews of the rail's items before sending (Wise: its live quote); given only this rail's items. */
  BatchReview?: ComponentType<{ orgId: string; batchId: string; items: PayoutItem[] }>;
  /** The advertiser pays the rail's items itself (external): no provider to name or to wait for. */
  paidByAdvertiser?: true;
}

/**
 * The dashboard's list of payout rails, one entry per rail (the record type makes a missing one a type error);
 * texts under `rail.<name>` of the payoutmethods namespace. Adding a rail adds its line here
 * (docs/payout-rails.md).
 */
export const RAIL_UI: Record<PayoutRail, RailUi> = {
  paypal: {
    needs: (view, t) =>
      view.paypalEmail ? t('rail.paypal.needsHave', { email: view.paypalEmail }) : t('rail.paypal.needsMissing'),
  },
  stripe: { needs: (_view, t) => t('rail.stripe.needs'), Setup: StripeStatus },
  external: {
    needs: (_view, t) => t('rail.external.needs'),
    ItemActions: ExternalResultButtons,
    paidByAdvertiser: true,
  },
  tremendous: { needs: (_view, t) => t('rail.tremendous.needs') },
  wise: {
    needs: (_view, t) => t('rail.wise.needs'),
    Setup: WiseSetup,
    Offer: WiseFeeQuote,
    BatchReview: WiseBatchQuote,
  },
};

/** The chosen rail's setup panel, if it has one. */
export function RailSetup(props: { orgId: string; method: Method; expired: boolean }) {
  const Setup = RAIL_UI[props.method.rail].Setup;
  return Setup ? <Setup {...props} /> : null;
}

/** The actions of a sent item's rail on the finance batch page, if it has any. */
export function RailItemActions(props: { orgId: string; batchId: string; item: PayoutItem; requested: boolean }) {
  const Actions = RAIL_UI[props.item.rail].ItemActions;
  return Actions ? <Actions {...props} /> : null;
}

/** What finance reviews before sending, for each rail of the batch that has a review (Wise's quote). */
export function RailBatchReviews({ orgId, batchId, items }: { orgId: string; batchId: string; items: PayoutItem[] }) {
  return RAILS.map((rail) => {
    const Review = RAIL_UI[rail].BatchReview;
    const own = items.filter((i) => i.rail === rail);
    return Review && own.length > 0 ? <Review key={rail} orgId={orgId} batchId={batchId} items={own} /> : null;
  });
}
