import { describe, expect, it } from 'vitest';
import { PAYPAL_PAYOUT_ERRORS } from '../contracts/paypal-payout-errors';
import { renderNotification } from './notification-templates';
import { payoutFailureSentence } from './paypal-failure-text';

const fallback = { title: 'x', body: 'x' };

describe('payout failure sentences', () => {
  it.each(PAYPAL_PAYOUT_ERRORS.flatMap((code) => [['en', code] as const, ['ru', code] as const]))(
    '%s %s is a sentence of its own, never the error name',
    (locale, code) => {
      const sentence = payoutFailureSentence(locale, code);
      expect(sentence).not.toBe(payoutFailureSentence(locale, 'UNKNOWN'));
      expect(sentence).toMatch(/\.$/);
      expect(sentence).not.toMatch(/[A-Z]{2,}_[A-Z]/);
      if (locale === 'ru') expect(sentence).toMatch(/[а-я]/);
    },
  );

  it.each([
    ['en', null, 'PayPal did not accept the payment.'],
    ['ru', 'NEW_PAYPAL_CODE', 'PayPal не принял платёж.'],
  ] as const)('%s falls back for %s', (locale, code, start) => {
    expect(payoutFailureSentence(locale, code).startsWith(start)).toBe(true);
  });

  // The in-app title and body, the email and the Telegram text all come from one rendering.
  it.each([
    ['payout', { status: 'failed', amountMinor: 100, currency: 'USD', errorCode: 'RECEIVER_ACCOUNT_LOCKED' }],
    ['low_balance', { kind: 'payout_funding', errorCode: 'INSUFFICIENT_FUNDS' }],
  ])('%s leaves PayPal’s error name out of every channel’s text', (event, data) => {
    for (const locale of ['en', 'ru'] as const) {
      const out = renderNotification({ event, data, locale, brand: null, fallback });
      expect(`${out.subject}\n${out.text}`).not.toMatch(/RECEIVER_|INSUFFICIENT_FUNDS/);
    }
  });
});
