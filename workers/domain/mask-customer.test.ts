import { describe, expect, test } from 'vitest';
import { maskCustomer } from './mask-customer';

describe('maskCustomer', () => {
  test.each([
    { label: 'an email keeps its first letter and domain', id: 'john.smith@gmail.com', masked: 'j***@gmail.com' },
    { label: 'a one-letter local part', id: 'j@example.org', masked: 'j***@example.org' },
    { label: 'only the last @ separates the domain', id: '"a@b"@corp.example', masked: '"***@corp.example' },
    { label: 'a Stripe customer id', id: 'cus_Nf7xQ2abcd91', masked: 'cu***91' },
    { label: 'eight characters: first and last two', id: 'ABCDEFGH', masked: 'AB***GH' },
    { label: 'a short id shows nothing', id: 'c-12345', masked: '***' },
    { label: 'a leading @ is not an email', id: '@handle-of-someone', masked: '@h***ne' },
    { label: 'a trailing @ is not an email', id: 'someone-at@', masked: 'so***t@' },
  ])('$label', ({ id, masked }) => {
    expect(maskCustomer(id)).toBe(masked);
  });

  test('never returns the identifier itself', () => {
    for (const id of ['x', 'abcdefgh', 'a@b.c', 'cus_123456789']) expect(maskCustomer(id)).not.toBe(id);
  });
});
