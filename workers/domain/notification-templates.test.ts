import { describe, expect, it } from 'vitest';
import { PLATFORM_NAME, renderNotification } from './notification-templates';

const fallback = { title: 'Fallback title', body: 'Fallback body' };

describe('renderNotification', () => {
  it.each([
    [
      'en',
      'conversion',
      { eventType: 'sale', amountMinor: 1500, currency: 'USD', level: 0 },
      'New sale: 15.00 USD',
      'You earned 15.00 USD',
    ],
    [
      'ru',
      'conversion',
      { eventType: 'lead', amountMinor: 500, currency: 'EUR', level: 0 },
      'Новый лид: 5.00 EUR',
      'Вы заработали 5.00 EUR',
    ],
    [
      'en',
      'conversion',
      { eventType: 'sale', amountMinor: 100, currency: 'JPY', level: 2 },
      'Level 2 commission: 100 JPY',
      'You earned 100 JPY',
    ],
    ['en', 'rejection', { eventType: 'lead', reason: 'duplicate' }, 'A lead was rejected', 'Reason: duplicate.'],
    ['ru', 'rejection', { eventType: 'sale', reason: 'fraud' }, 'Продажа отклонена', 'Причина: fraud.'],
    [
      'en',
      'cancellation',
      { cancelKind: 'refund', reversedMinor: 250, currency: 'USD' },
      'A customer was refunded',
      '2.50 USD of your commission was reversed.',
    ],
    [
      'ru',
      'cancellation',
      { cancelKind: 'cancel', cancelEffect: 'recurring_ended', reversedMinor: 0, currency: 'USD' },
      'Клиент отменил подписку',
      'Повторные комиссии',
    ],
    [
      'en',
      'payout',
      { status: 'sent', amountMinor: 5000, currency: 'USD', receiverEmail: 'a@x.io' },
      'Payout of 50.00 USD sent',
      'on its way to a@x.io',
    ],
    [
      'en',
      'payout',
      { status: 'success', amountMinor: 5000, currency: 'USD', receiverEmail: 'a@x.io' },
      'Payout of 50.00 USD paid',
      'was paid',
    ],
    [
      'en',
      'payout',
      {
        status: 'unclaimed',
        amountMinor: 5000,
        currency: 'USD',
        receiverEmail: 'a@x.io',
        claimBy: '2026-12-24T10:00:00.000Z',
      },
      'Claim your payout of 50.00 USD',
      'Sign up or log in to PayPal with a@x.io by 24 December 2026 to claim it',
    ],
    [
      'ru',
      'payout',
      {
        status: 'unclaimed',
        amountMinor: 5000,
        currency: 'USD',
        receiverEmail: 'a@x.io',
        claimBy: '2026-12-24T10:00:00.000Z',
      },
      'Получите выплату 50.00 USD',
      'с адресом a@x.io до 24 декабря 2026 г.',
    ],
    [
      'ru',
      'payout',
      { status: 'failed', amountMinor: 5000, currency: 'USD', errorCode: 'RECEIVER_UNREGISTERED' },
      'Выплата 50.00 USD не прошла',
      'У этого адреса нет счёта PayPal. Зарегистрируйтесь в PayPal с этим адресом или укажите другой email PayPal.',
    ],
    [
      'en',
      'payout',
      { status: 'failed', amountMinor: 5000, currency: 'USD', errorCode: 'SOMETHING_NEW' },
      'Payout of 50.00 USD failed',
      'PayPal did not accept the payment. Check that your PayPal email is right',
    ],
    [
      'en',
      'low_balance',
      { kind: 'minimum_reached', balanceMinor: 6000, minimumMinor: 5000, currency: 'USD' },
      'Your balance reached the payout minimum',
      'minimum of 50.00 USD',
    ],
    [
      'ru',
      'low_balance',
      { kind: 'payout_funding', errorCode: 'INSUFFICIENT_FUNDS' },
      'Не хватило средств на выплаты',
      'Баланса PayPal не хватило на выплату. Пополните счёт PayPal',
    ],
    [
      'en',
      'postback_error',
      { eventType: 'sale', host: 't.example', attempts: 5, lastStatusCode: 500, lastError: 'HTTP 500' },
      'A postback about a sale was not delivered',
      'We could not deliver it to t.example: the server answered with error 500. We tried 5 times.',
    ],
    [
      'en',
      'postback_error',
      {
        eventType: 'rejected',
        host: 't.example',
        attempts: 6,
        lastStatusCode: null,
        lastError: 'network error: Error: internal error; reference = 4k2j9',
      },
      'A postback about a rejected conversion was not delivered',
      't.example: the server could not be reached. We tried 6 times.',
    ],
    [
      'ru',
      'postback_error',
      { eventType: 'lead', host: 't.example', attempts: 5 },
      'Постбэк о лиде не доставлен',
      'Не удалось доставить его на t.example: сервер не принял данные. Мы сделали 5 попыток.',
    ],
    [
      'ru',
      'postback_error',
      { eventType: 'rejected', host: 't.example', attempts: 2, lastError: 'timed out after 5000 ms' },
      'Постбэк об отклонённой конверсии не доставлен',
      'сервер не ответил вовремя. Мы сделали 2 попытки.',
    ],
    [
      'en',
      'rejection',
      { eventType: 'sale', reason: 'Does not follow the brief.' },
      'A sale was rejected',
      'Reason: Does not follow the brief.',
    ],
    // Shapes no template knows keep the producer's text.
    ['en', 'payout', { status: 'weird', amountMinor: 1, currency: 'USD' }, 'Fallback title', 'Fallback body'],
    ['en', 'conversion', {}, 'Fallback title', 'Fallback body'],
    ['en', 'rejection', {}, 'Fallback title', 'Fallback body'],
    ['ru', 'cancellation', { reversedMinor: 1 }, 'Fallback title', 'Fallback body'],
    ['en', 'postback_error', { attempts: 2 }, 'Fallback title', 'Fallback body'],
    ['ru', 'plan_limit_warning', { used: 90 }, 'Fallback title', 'Fallback body'],
  ] as const)('%s %s → %s', (locale, event, data, title, body) => {
    const out = renderNotification({ event, data, locale, brand: null, fallback });
    expect(out.title).toBe(title);
    expect(out.body).toContain(body);
  });

  it.each([
    [null, PLATFORM_NAME],
    ['  ', PLATFORM_NAME],
    ['Acme Partners', 'Acme Partners'],
  ])('signs with the brand %j, else the platform', (brand, shown) => {
    const out = renderNotification({ event: 'rejection', data: { eventType: 'sale' }, locale: 'en', brand, fallback });
    expect(out.subject).toBe(`${shown}: A sale was rejected`);
    expect(out.text.endsWith(`— ${shown}`)).toBe(true);
    if (brand?.trim()) expect(out.text + out.subject).not.toContain(PLATFORM_NAME);
  });
});
