import { describe, expect, it } from 'vitest';
import { NotificationEvent } from '../../schema/enums';
import {
  channelListsOf,
  channelListsToChanges,
  defaultEnabled,
  type ExplicitPreference,
  isChannelEnabled,
} from './notification-preferences';

describe('notification preference defaults', () => {
  it.each([
    ['conversion', 'in_app', true],
    ['conversion', 'email', false],
    ['conversion', 'telegram', true],
    ['payout', 'email', true],
    ['low_balance', 'email', true],
    ['postback_error', 'telegram', true],
    ['rejection', 'in_app', true],
    ['cancellation', 'email', true],
  ] as const)('%s on %s is %s', (event, channel, on) => {
    expect(defaultEnabled(event, channel)).toBe(on);
  });
});

describe('isChannelEnabled', () => {
  it.each([
    ['no choice: the default', [], 'conversion', 'email', false],
    [
      'explicit on beats the default',
      [{ event: 'conversion', channel: 'email', enabled: true }],
      'conversion',
      'email',
      true,
    ],
    [
      'explicit off beats the default',
      [{ event: 'payout', channel: 'in_app', enabled: false }],
      'payout',
      'in_app',
      false,
    ],
    [
      'another event’s choice does not apply',
      [{ event: 'payout', channel: 'email', enabled: false }],
      'rejection',
      'email',
      true,
    ],
  ] as const)('%s', (_label, explicit, event, channel, expected) => {
    expect(isChannelEnabled(event, channel, explicit)).toBe(expected);
  });
});

describe('the channel-list shape of PATCH /me', () => {
  it('sets every user channel of each listed event, on when listed; webhook and unlisted events set nothing', () => {
    expect(channelListsToChanges({ payout: ['email', 'webhook'], conversion: [] })).toEqual([
      { event: 'conversion', channel: 'email', enabled: false },
      { event: 'conversion', channel: 'telegram', enabled: false },
      { event: 'conversion', channel: 'in_app', enabled: false },
      { event: 'payout', channel: 'email', enabled: true },
      { event: 'payout', channel: 'telegram', enabled: false },
      { event: 'payout', channel: 'in_app', enabled: false },
    ]);
    expect(channelListsToChanges({})).toEqual([]);
  });

  it('reads back every event from the cells and the defaults', () => {
    const explicit: ExplicitPreference[] = [
      { event: 'payout', channel: 'email', enabled: false },
      { event: 'conversion', channel: 'email', enabled: true },
    ];
    const lists = channelListsOf(explicit);
    expect(Object.keys(lists)).toEqual([...NotificationEvent]);
    expect(lists.payout).toEqual(['telegram', 'in_app']);
    expect(lists.conversion).toEqual(['email', 'telegram', 'in_app']);
    expect(lists.rejection).toEqual(['email', 'telegram', 'in_app']);
    expect(channelListsOf([]).conversion).toEqual(['telegram', 'in_app']);
  });

  it('round-trips: the lists written are the lists read', () => {
    const written = { payout: ['email' as const], webhook_disabled: ['in_app' as const, 'telegram' as const] };
    const read = channelListsOf(channelListsToChanges(written));
    expect(read.payout).toEqual(['email']);
    expect(read.webhook_disabled).toEqual(['telegram', 'in_app']);
  });
});
