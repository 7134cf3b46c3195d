import { describe, expect, it } from 'vitest';
import { NotificationEvent } from '../../schema/enums';
import { eventsForAudiences, NOTIFICATION_AUDIENCES } from './notification-audience';

describe('eventsForAudiences', () => {
  it.each([
    [
      'an affiliate',
      ['affiliate'],
      [
        'conversion',
        'rejection',
        'cancellation',
        'low_balance',
        'payout',
        'postback_error',
        'webhook_disabled',
        'affiliate_review',
        'group_change',
        'workflow',
        'bounty',
        'edition',
        'message',
        'program_approved',
      ],
    ],
    [
      'advertiser staff',
      ['advertiser'],
      [
        'low_balance',
        'custom_domain',
        'plan_limit_warning',
        'billing_payment_failed',
        'webhook_disabled',
        'edition',
        'message',
      ],
    ],
    ['someone who is both', ['affiliate', 'advertiser'], [...NotificationEvent]],
    ['neither (platform staff only)', [], []],
  ] as const)('%s', (_, audiences, events) => {
    expect(eventsForAudiences(audiences)).toEqual(events);
  });

  it('gives every event at least one audience', () => {
    for (const event of NotificationEvent) expect(NOTIFICATION_AUDIENCES[event].length, event).toBeGreaterThan(0);
  });
});
