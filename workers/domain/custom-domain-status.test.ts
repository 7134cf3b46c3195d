import { describe, expect, test } from 'vitest';
import { CustomDomainStatus } from '../../schema/enums';
import { canChangeCustomDomainStatus, judgeCloudflareStatus } from './custom-domain-status';

const allowed = [
  ['pending', 'active'],
  ['pending', 'failed'],
  ['active', 'failed'],
  ['failed', 'pending'],
] as const;

describe('custom domain status transitions', () => {
  test.each(allowed)('%s → %s is allowed', (from, to) => expect(canChangeCustomDomainStatus(from, to)).toBe(true));
  const refused = CustomDomainStatus.flatMap((from) => CustomDomainStatus.map((to) => [from, to] as const)).filter(
    ([from, to]) => !allowed.some(([f, t]) => f === from && t === to),
  );
  test.each(refused)('%s → %s is refused', (from, to) => expect(canChangeCustomDomainStatus(from, to)).toBe(false));
});

describe('judgeCloudflareStatus', () => {
  test.each([
    ['both active', 'active', 'active', [], [], { status: 'active', reason: null }],
    [
      'hostname active, certificate pending',
      'active',
      'pending_validation',
      [],
      [],
      { status: 'pending', reason: null },
    ],
    [
      'certificate active, hostname pending with an error still checking',
      'pending',
      'active',
      ['custom hostname does not CNAME to this zone.'],
      [],
      { status: 'pending', reason: null },
    ],
    ['initializing', 'pending', 'initializing', [], [], { status: 'pending', reason: null }],
    ['no ssl object yet', 'pending', null, [], [], { status: 'pending', reason: null }],
    [
      'validation timed out, with its reason',
      'pending',
      'validation_timed_out',
      ['custom hostname does not CNAME to this zone.'],
      ['TXT record not found'],
      { status: 'failed', reason: 'TXT record not found; custom hostname does not CNAME to this zone.' },
    ],
    [
      'the same message twice is said once',
      'blocked',
      'pending_validation',
      ['blocked by policy'],
      ['blocked by policy'],
      { status: 'failed', reason: 'blocked by policy' },
    ],
    [
      'moved without a message',
      'moved',
      'active',
      [],
      [],
      { status: 'failed', reason: 'Cloudflare reports the hostname moved and its certificate active' },
    ],
  ] as const)('%s', (_label, hostnameStatus, sslStatus, verificationErrors, sslErrors, expected) =>
    expect(
      judgeCloudflareStatus({
        hostnameStatus,
        sslStatus,
        verificationErrors: [...verificationErrors],
        sslErrors: [...sslErrors],
      }),
    ).toEqual(expected),
  );
});
