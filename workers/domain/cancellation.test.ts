import { describe, expect, test } from 'vitest';
import { CancelEffect } from '../../schema/enums';
import { cancelVoidsSale, describeCancelEffect } from './cancellation';

const saleAt = new Date('2026-03-01T12:00:00.000Z');
const daysAfter = (days: number) => new Date(saleAt.getTime() + days * 86_400_000);

describe('cancelVoidsSale', () => {
  test.each([
    { label: 'no void window: never', days: null, cancelAt: daysAfter(1), first: true, voids: false },
    { label: 'inside a 14-day window', days: 14, cancelAt: daysAfter(3), first: true, voids: true },
    { label: 'at the exact end of the window', days: 14, cancelAt: daysAfter(14), first: true, voids: true },
    {
      label: 'a second after the window',
      days: 14,
      cancelAt: new Date(daysAfter(14).getTime() + 1000),
      first: true,
      voids: false,
    },
    { label: 'inside the window, but about a renewal', days: 14, cancelAt: daysAfter(3), first: false, voids: false },
    { label: 'a cancellation dated before the sale', days: 14, cancelAt: daysAfter(-1), first: true, voids: false },
  ])('$label → $voids', ({ days, cancelAt, first, voids }) => {
    expect(cancelVoidsSale({ voidWithinDays: days, saleAt, cancelAt, isFirstPayment: first }).voids).toBe(voids);
  });

  test('says why', () => {
    expect(cancelVoidsSale({ voidWithinDays: 30, saleAt, cancelAt: daysAfter(45), isFirstPayment: true }).detail).toBe(
      'cancelled 45.0 day(s) after the sale, outside the 30-day void window',
    );
  });
});

test.each(CancelEffect)('describes %s', (effect) => expect(describeCancelEffect(effect)).not.toBe(''));
