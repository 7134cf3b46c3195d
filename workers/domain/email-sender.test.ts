import { describe, expect, test } from 'vitest';
import { emailSender } from './email-sender';

describe('emailSender', () => {
  test.each([
    {
      label: 'no brand keeps the configured sender',
      configured: 'Affiliate Edge <noreply@ae.example>',
      brand: null,
      from: 'Affiliate Edge <noreply@ae.example>',
    },
    {
      label: 'a brand replaces the display name',
      configured: 'Affiliate Edge <noreply@ae.example>',
      brand: 'Acme Partners',
      from: '"Acme Partners" <noreply@ae.example>',
    },
    {
      label: 'a bare address gets the brand',
      configured: 'noreply@ae.example',
      brand: 'Acme',
      from: '"Acme" <noreply@ae.example>',
    },
    {
      label: 'quotes and backslashes are escaped',
      configured: 'noreply@ae.example',
      brand: 'A "B" \\ C',
      from: '"A \\"B\\" \\\\ C" <noreply@ae.example>',
    },
    {
      label: 'line breaks cannot add headers',
      configured: 'noreply@ae.example',
      brand: 'Acme\r\nBcc: x@evil.example',
      from: '"Acme Bcc: x@evil.example" <noreply@ae.example>',
    },
    { label: 'no configured sender stays the provider default', configured: undefined, brand: 'Acme', from: undefined },
  ])('$label', ({ configured, brand, from }) => expect(emailSender(configured, brand)).toBe(from));
});
