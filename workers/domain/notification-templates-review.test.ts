import { describe, expect, it } from 'vitest';
import { renderNotification } from './notification-templates';

const fallback = { title: 'Fallback title', body: 'Fallback body' };
const url = 'https://app.example.com/affiliate/marketplace';

describe('affiliate_review templates', () => {
  it.each([
    ['en', { decision: 'approved', marketplaceUrl: url }, 'Your affiliate account is approved', `Marketplace: ${url}`],
    ['ru', { decision: 'approved', marketplaceUrl: url }, 'Ваш партнёрский аккаунт одобрен', `Маркетплейс: ${url}`],
    [
      'en',
      { decision: 'rejected', reason: 'No website yet' },
      'Your affiliate account was not approved',
      'Reason: No website yet.',
    ],
    ['ru', { decision: 'rejected', reason: 'Нет сайта' }, 'Ваш партнёрский аккаунт не одобрен', 'Причина: Нет сайта.'],
    ['en', { decision: 'rejected' }, 'Your affiliate account was not approved', 'did not approve it. If something'],
  ] as const)('%s %o', (locale, data, title, words) => {
    const out = renderNotification({ event: 'affiliate_review', data, locale, brand: null, fallback });
    expect(out.title).toBe(title);
    expect(out.text).toContain(words);
    expect(out.text).toContain(out.body);
  });

  it.each(['en', 'ru'] as const)(
    '%s: the marketplace address is the email/Telegram link line, never raw in the in-app body',
    (locale) => {
      const out = renderNotification({
        event: 'affiliate_review',
        data: { decision: 'approved', marketplaceUrl: url },
        locale,
        brand: 'Acme',
        fallback,
      });
      expect(out.body).not.toContain(url);
      expect(out.text).toBe(
        `${out.title}\n\n${out.body}\n\n${locale === 'ru' ? 'Маркетплейс' : 'Marketplace'}: ${url}\n\n— Acme`,
      );
    },
  );

  it('an unknown decision keeps the producer text', () =>
    expect(
      renderNotification({
        event: 'affiliate_review',
        data: { decision: 'maybe' },
        locale: 'ru',
        brand: null,
        fallback,
      }).title,
    ).toBe('Fallback title'));
});
