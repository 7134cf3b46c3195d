import { describe, expect, it } from 'vitest';
import { renderNotification } from './notification-templates';

const fallback = { title: 'Fallback title', body: 'Fallback body' };
const base = { bountyName: 'Review us', programName: 'Podruga', bonusMinor: 2_500, currency: 'USD' };

describe('bounty templates', () => {
  it.each([
    [
      'en',
      { outcome: 'approved' },
      'Review us: approved, a 25.00 USD bonus',
      'The 25.00 USD bonus in Podruga is on hold',
    ],
    [
      'ru',
      { outcome: 'approved' },
      'Review us: работа принята, бонус 25.00 USD',
      'Бонус 25.00 USD в программе Podruga',
    ],
    [
      'en',
      { outcome: 'awarded' },
      'Review us: target reached, a 25.00 USD bonus',
      'on hold until the hold period ends',
    ],
    ['ru', { outcome: 'awarded' }, 'Review us: цель достигнута, бонус 25.00 USD', 'ждёт окончания холда'],
    [
      'en',
      { outcome: 'rejected', bonusMinor: null, reason: 'Too short' },
      'Review us: your submission was not accepted',
      'Reason: Too short. You may submit again',
    ],
    [
      'ru',
      { outcome: 'rejected', bonusMinor: null, reason: 'Слишком коротко' },
      'Review us: работа не принята',
      'Причина: Слишком коротко. Пока задание открыто',
    ],
  ] as const)('%s %o', (locale, data, title, body) => {
    const out = renderNotification({ event: 'bounty', data: { ...base, ...data }, locale, brand: null, fallback });
    expect(out.title).toBe(title);
    expect(out.body).toContain(body);
  });

  it('falls back to the producer’s words for a shape it does not know', () => {
    const out = renderNotification({
      event: 'bounty',
      data: { ...base, outcome: 'approved', bonusMinor: null },
      locale: 'ru',
      brand: null,
      fallback,
    });
    expect(out.title).toBe('Fallback title');
  });
});
