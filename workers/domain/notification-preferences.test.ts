import { describe, expect, it } from 'vitest';
import { defaultEnabled, isChannelEnabled } from './notification-preferences';

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
    ['no choice: the default', [], {}, 'conversion', 'email', false],
    [
      'explicit on beats the default',
      [{ event: 'conversion', channel: 'email', enabled: true }],
      {},
      'conversion',
      'email',
      true,
    ],
    [
      'explicit off beats the default',
      [{ event: 'payout', channel: 'in_app', enabled: false }],
      {},
      'payout',
      'in_app',
      false,
    ],
    [
      'another event’s choice does not apply',
      [{ event: 'payout', channel: 'email', enabled: false }],
      {},
      'rejection',
      'email',
      true,
    ],
    ['legacy list without the channel', [], { payout: ['email'] }, 'payout', 'in_app', false],
    ['legacy list with the channel', [], { payout: ['email'] }, 'payout', 'email', true],
    [
      'explicit beats legacy',
      [{ event: 'payout', channel: 'in_app', enabled: true }],
      { payout: ['email'] },
      'payout',
      'in_app',
      true,
    ],
  ] as const)('%s', (_label, explicit, legacy, event, channel, expected) => {
    expect(isChannelEnabled(event, channel, explicit, legacy)).toBe(expected);
  });
});
