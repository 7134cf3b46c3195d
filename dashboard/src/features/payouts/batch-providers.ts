import { RAILS } from '@domain/payout-rails';
import type { TFunction } from 'i18next';
import type { PayoutBatch, PayoutItem } from './queries/payout-batches';
import { RAIL_UI } from './rail-ui';

/**
 * Who pays the items of a batch, in words for the batch page: a batch can hold items on every rail, so the page
 * names a provider only where the item's rail is known, and the batch-wide sentences list the rails it holds.
 */

/** An item's outcome key: before the batch goes out a pending item is simply not sent yet; an external one waits for the advertiser. */
export function outcomeKey(item: PayoutItem, batch: PayoutBatch) {
  if (item.status === 'pending' && batch.status === 'proposed') return 'notSent';
  if (item.status === 'pending' && batch.status === 'approved') return 'approvedNotSent';
  const external = RAIL_UI[item.rail].paidByAdvertiser === true;
  if (item.status === 'pending' && batch.status === 'sending') return external ? 'sendingExternal' : 'sending';
  if (item.status === 'pending' && external) return 'pendingExternal';
  return item.status;
}

/** The company behind a rail that has one (a rail the advertiser pays itself: no name). */
export const providerName = (t: TFunction<'finance'>, rail: PayoutItem['rail']) =>
  RAIL_UI[rail].paidByAdvertiser ? '' : t(`batch.provider.${rail}`);

/**
 * The next step once the batch went out: whose results are awaited (the providers of the batch's rails, in the
 * rails' order), and whether the advertiser itself still has external items to pay and confirm.
 */
export function waitingStep(t: TFunction<'finance'>, items: PayoutItem[], language: string) {
  const open = items.filter((i) => i.status === 'pending' || i.status === 'onhold');
  // Nothing open among the items shown (the first page of a large batch): the providers of all of them.
  const awaited = open.length > 0 ? open : items;
  const providers = RAILS.filter((r) => !RAIL_UI[r].paidByAdvertiser && awaited.some((i) => i.rail === r));
  const list = new Intl.ListFormat(language, { type: 'conjunction' }).format(providers.map((r) => providerName(t, r)));
  const external = open.some((i) => RAIL_UI[i.rail].paidByAdvertiser);
  if (external)
    return providers.length > 0
      ? t('batch.next.wait_for_external', { providers: list })
      : t('batch.next.wait_for_external_only');
  return list ? t('batch.next.wait_for_paypal', { providers: list }) : t('batch.next.wait_for_results');
}
