import { describe, expect, it } from 'vitest';
import { ipAllowed } from './ip-allow-list';

describe('ipAllowed', () => {
  it.each([
    { label: 'an exact IPv4', ip: '203.0.113.7', list: ['203.0.113.7'], allowed: true },
    { label: 'another IPv4', ip: '203.0.113.8', list: ['203.0.113.7'], allowed: false },
    { label: 'inside a /24', ip: '198.51.100.200', list: ['198.51.100.0/24'], allowed: true },
    { label: 'outside a /24', ip: '198.51.101.1', list: ['198.51.100.0/24'], allowed: false },
    { label: 'inside a /20 (a mask inside a byte)', ip: '10.0.15.255', list: ['10.0.0.0/20'], allowed: true },
    { label: 'outside a /20', ip: '10.0.16.0', list: ['10.0.0.0/20'], allowed: false },
    { label: 'a /0 admits every IPv4', ip: '1.2.3.4', list: ['0.0.0.0/0'], allowed: true },
    { label: 'the second entry', ip: '192.0.2.1', list: ['203.0.113.7', '192.0.2.1'], allowed: true },
    { label: 'an IPv6 written two ways', ip: '2001:db8:0:0:0:0:0:1', list: ['2001:db8::1'], allowed: true },
    { label: 'inside an IPv6 /32', ip: '2001:db8:ffff::5', list: ['2001:db8::/32'], allowed: true },
    { label: 'outside an IPv6 /32', ip: '2001:db9::5', list: ['2001:db8::/32'], allowed: false },
    { label: 'an IPv4-mapped IPv6 as its IPv4', ip: '::ffff:203.0.113.7', list: ['203.0.113.7'], allowed: true },
    { label: 'IPv4 against an IPv6 entry', ip: '203.0.113.7', list: ['2001:db8::/32'], allowed: false },
    { label: 'no address', ip: null, list: ['0.0.0.0/0'], allowed: false },
    { label: 'garbage as the address', ip: 'localhost', list: ['0.0.0.0/0'], allowed: false },
    {
      label: 'a garbage entry',
      ip: '203.0.113.7',
      list: ['not-an-ip', '203.0.113.7/99', '203.0.113.7/x'],
      allowed: false,
    },
    { label: 'an empty list', ip: '203.0.113.7', list: [], allowed: false },
  ])('$label → $allowed', ({ ip, list, allowed }) => {
    expect(ipAllowed(ip, list)).toBe(allowed);
  });
});
