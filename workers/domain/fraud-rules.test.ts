import { describe, expect, test } from 'vitest';
import { FraudFlag } from '../../schema/enums';
import { DATACENTER_ASNS } from './datacenter-asns';
import { fraudFlags, type FraudInput } from './fraud-rules';

const AFFILIATE_HASH = 'a'.repeat(64);
const CUSTOMER_HASH = 'b'.repeat(64);

const clean = (change: Partial<FraudInput> = {}): FraudInput => ({
  customerEmailHash: CUSTOMER_HASH,
  affiliateEmailHash: AFFILIATE_HASH,
  customerIsAffiliate: false,
  conversionsFromIpLastHour: 0,
  secondsSinceClick: 3600,
  duplicateOrder: false,
  clickIsBot: false,
  clickAsn: 7922, // Comcast: a residential ISP
  thresholds: { maxConversionsPerIpHour: 10, minSecondsAfterClick: 10 },
  ...change,
});

describe('fraudFlags', () => {
  test('a clean conversion raises nothing', () => expect(fraudFlags(clean())).toEqual([]));

  test.each([
    // self_referral
    { label: 'the customer is the affiliate', change: { customerIsAffiliate: true }, expected: ['self_referral'] },
    {
      label: "the customer has the affiliate's email",
      change: { customerEmailHash: AFFILIATE_HASH },
      expected: ['self_referral'],
    },
    {
      label: "the affiliate's email in upper-case hex",
      change: { customerEmailHash: AFFILIATE_HASH.toUpperCase() },
      expected: ['self_referral'],
    },
    { label: 'no customer email', change: { customerEmailHash: null }, expected: [] },
    { label: 'an empty hash on both sides', change: { customerEmailHash: '', affiliateEmailHash: '' }, expected: [] },
    // ip_velocity: max 10 per hour, this one included
    { label: '9 earlier + this = 10: at the limit', change: { conversionsFromIpLastHour: 9 }, expected: [] },
    {
      label: '10 earlier + this = 11: over the limit',
      change: { conversionsFromIpLastHour: 10 },
      expected: ['ip_velocity'],
    },
    { label: 'no IP known', change: { conversionsFromIpLastHour: null }, expected: [] },
    {
      label: 'max 1: the first from an IP',
      change: { conversionsFromIpLastHour: 0, thresholds: { maxConversionsPerIpHour: 1, minSecondsAfterClick: 10 } },
      expected: [],
    },
    {
      label: 'max 1: the second from an IP',
      change: { conversionsFromIpLastHour: 1, thresholds: { maxConversionsPerIpHour: 1, minSecondsAfterClick: 10 } },
      expected: ['ip_velocity'],
    },
    // fast_conversion: min 10 s
    { label: '10 s after the click: at the minimum', change: { secondsSinceClick: 10 }, expected: [] },
    { label: '9 s after the click', change: { secondsSinceClick: 9 }, expected: ['fast_conversion'] },
    { label: '0 s after the click', change: { secondsSinceClick: 0 }, expected: ['fast_conversion'] },
    { label: 'before the click (clock skew)', change: { secondsSinceClick: -5 }, expected: ['fast_conversion'] },
    { label: 'no click', change: { secondsSinceClick: null }, expected: [] },
    {
      label: 'min 0 turns the check off',
      change: { secondsSinceClick: 0, thresholds: { maxConversionsPerIpHour: 10, minSecondsAfterClick: 0 } },
      expected: [],
    },
    {
      label: 'min 0 ignores skew too',
      change: { secondsSinceClick: -5, thresholds: { maxConversionsPerIpHour: 10, minSecondsAfterClick: 0 } },
      expected: [],
    },
    // duplicate_order, bot_click
    { label: 'a duplicate order', change: { duplicateOrder: true }, expected: ['duplicate_order'] },
    { label: 'a bot click', change: { clickIsBot: true }, expected: ['bot_click'] },
    // datacenter_ip
    { label: 'an AWS click', change: { clickAsn: 16509 }, expected: ['datacenter_ip'] },
    { label: 'a Hetzner click', change: { clickAsn: 24940 }, expected: ['datacenter_ip'] },
    { label: 'a residential click', change: { clickAsn: 3320 }, expected: [] },
    { label: 'no ASN', change: { clickAsn: null }, expected: [] },
  ] as Array<{ label: string; change: Partial<FraudInput>; expected: FraudFlag[] }>)(
    '$label → $expected',
    ({ change, expected }) => {
      expect(fraudFlags(clean(change))).toEqual(expected);
    },
  );

  test('every flag at once, in enum order, once each', () => {
    const flags = fraudFlags(
      clean({
        customerIsAffiliate: true,
        customerEmailHash: AFFILIATE_HASH,
        conversionsFromIpLastHour: 50,
        secondsSinceClick: 1,
        duplicateOrder: true,
        clickIsBot: true,
        clickAsn: 14061,
      }),
    );
    expect(flags).toEqual([...FraudFlag]);
  });

  test.each([
    { maxConversionsPerIpHour: 0, minSecondsAfterClick: 10 },
    { maxConversionsPerIpHour: 10, minSecondsAfterClick: -1 },
    { maxConversionsPerIpHour: 1.5, minSecondsAfterClick: 10 },
  ])('refuses thresholds %o', (thresholds) => {
    expect(() => fraudFlags(clean({ thresholds }))).toThrow(RangeError);
  });
});

describe('DATACENTER_ASNS', () => {
  test.each([
    16509, 14618, 396982, 15169, 19527, 8075, 14061, 16276, 24940, 63949, 20473, 31898, 45102, 12876, 51167, 60781,
  ])('lists AS%s', (asn) => {
    expect(DATACENTER_ASNS.has(asn)).toBe(true);
  });

  test('holds exactly the documented list', () => expect(DATACENTER_ASNS.size).toBe(16));
});
