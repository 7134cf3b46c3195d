import { describe, expect, test } from 'vitest';
import { resolveDateRange } from '../../dashboard/src/lib/date-range';
import { formatMoney, formatPercent, formatRelative } from '../../dashboard/src/lib/format';
import { fromSorting, toSorting } from '../../dashboard/src/lib/table-search';

// Non-breaking spaces vary by locale; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('dashboard formatters', () => {
  test('money uses the currency’s own decimals', () => {
    expect(plain(formatMoney(123456, 'USD', 'en'))).toBe('$1,234.56');
    expect(plain(formatMoney(1234, 'JPY', 'en'))).toBe('¥1,234');
    expect(plain(formatMoney(1234567, 'BHD', 'en'))).toBe('BHD 1,234.567');
    expect(plain(formatMoney(123456, 'RUB', 'ru'))).toBe('1 234,56 ₽');
  });

  test('percent and relative time follow the language', () => {
    expect(formatPercent(0.125, 'en')).toBe('12.5%');
    expect(plain(formatPercent(0.125, 'ru'))).toBe('12,5 %');
    const now = new Date('2026-05-10T12:00:00Z');
    expect(formatRelative('2026-05-10T09:00:00Z', 'en', now)).toBe('3 hours ago');
    expect(formatRelative('2026-05-12T12:00:00Z', 'ru', now)).toBe('послезавтра');
  });
});

describe('URL search helpers', () => {
  const now = new Date(2026, 4, 10, 15, 0);

  test('date range presets resolve to inclusive calendar days', () => {
    expect(resolveDateRange({ range: 'today' }, now)).toEqual({ from: '2026-05-10', to: '2026-05-10' });
    expect(resolveDateRange({ range: '7d' }, now)).toEqual({ from: '2026-05-04', to: '2026-05-10' });
    expect(resolveDateRange({}, now)).toEqual({ from: '2026-04-11', to: '2026-05-10' });
    expect(resolveDateRange({ range: 'thisMonth' }, now)).toEqual({ from: '2026-05-01', to: '2026-05-10' });
    expect(resolveDateRange({ range: 'custom', from: '2026-01-01', to: '2026-01-31' }, now)).toEqual({
      from: '2026-01-01',
      to: '2026-01-31',
    });
    // A reversed custom range is not trusted: the default applies.
    expect(resolveDateRange({ range: 'custom', from: '2026-02-01', to: '2026-01-01' }, now).to).toBe('2026-05-10');
  });

  test('sort round-trips between the URL and TanStack Table', () => {
    expect(toSorting('-createdAt')).toEqual([{ id: 'createdAt', desc: true }]);
    expect(fromSorting(toSorting('clicks'))).toBe('clicks');
    expect(fromSorting([])).toBeUndefined();
  });
});
