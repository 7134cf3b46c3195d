import { NotificationEvent } from '../../schema/enums';

/** Who an event can reach: affiliates (their earnings and postbacks), advertiser staff (their organization). */
export type NotificationAudience = 'affiliate' | 'advertiser';

/**
 * The audiences each event is ever sent to, so settings show a person only the events that can
 * reach them. low_balance reaches both: an affiliate's balance reached the payout minimum, or an
 * advertiser's PayPal balance could not fund a payout. webhook_disabled too: affiliates and
 * organizations both own webhook endpoints.
 */
export const NOTIFICATION_AUDIENCES: Record<NotificationEvent, readonly NotificationAudience[]> = {
  conversion: ['affiliate'],
  rejection: ['affiliate'],
  cancellation: ['affiliate'],
  low_balance: ['affiliate', 'advertiser'],
  payout: ['affiliate'],
  postback_error: ['affiliate'],
  custom_domain: ['advertiser'],
  plan_limit_warning: ['advertiser'],
  billing_payment_failed: ['advertiser'],
  webhook_disabled: ['affiliate', 'advertiser'],
  affiliate_review: ['affiliate'],
  group_change: ['affiliate'],
  workflow: ['affiliate'],
  bounty: ['affiliate'],
  edition: ['affiliate', 'advertiser'],
  message: ['affiliate', 'advertiser'],
  program_approved: ['affiliate'],
};

/** The events that can reach someone in these audiences, in the enum's order. */
export function eventsForAudiences(audiences: readonly NotificationAudience[]): NotificationEvent[] {
  return NotificationEvent.filter((event) => NOTIFICATION_AUDIENCES[event].some((a) => audiences.includes(a)));
}
