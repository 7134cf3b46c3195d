import { describe, expect, it } from 'vitest';
import { renderNotification } from './notification-templates';

const fallback = { title: 'Fallback title', body: 'Fallback body' };
const base = { programName: 'Podruga', groupName: 'Gold', previousGroupName: 'Default', currency: 'USD', holdDays: 14 };

describe('group_change templates', () => {
  it.each([
    [
      'en',
      { commissionType: 'percent', rateBps: 3550 },
      'Podruga: you are now in Gold',
      'You now earn 35.5 % per conversion, held for 14 days',
    ],
    [
      'ru',
      { commissionType: 'percent', rateBps: 4000 },
      'Podruga: вы в группе «Gold»',
      'Теперь вы получаете 40 % за конверсию',
    ],
    [
      'en',
      { commissionType: 'fixed', fixedMinor: 1250 },
      'Podruga: you are now in Gold',
      'You now earn 12.50 USD per conversion',
    ],
    [
      'en',
      { commissionType: 'hybrid', rateBps: 1000, fixedMinor: 500 },
      'Podruga: you are now in Gold',
      '10 % + 5.00 USD',
    ],
  ] as const)('%s %o', (locale, terms, title, body) => {
    const out = renderNotification({
      event: 'group_change',
      data: { ...base, ...terms },
      locale,
      brand: null,
      fallback,
    });
    expect(out.title).toBe(title);
    expect(out.body).toContain(body);
    expect(out.body).toContain(locale === 'ru' ? 'из группы «Default»' : 'from Default');
  });

  it('says earned commissions keep their terms, and leaves out terms it cannot state', () => {
    const out = renderNotification({
      event: 'group_change',
      data: { ...base, commissionType: 'percent', rateBps: null },
      locale: 'en',
      brand: null,
      fallback,
    });
    expect(out.body).toContain('commissions already earned do not change');
    expect(out.body).not.toContain('You now earn');
  });

  it('a shape it does not know keeps the producer text', () =>
    expect(renderNotification({ event: 'group_change', data: {}, locale: 'ru', brand: null, fallback }).title).toBe(
      'Fallback title',
    ));
});
