import { describe, expect, test } from 'vitest';
import { conversionRates, earningsPerClick, profitAndRoi, ratio } from './stats-metrics';

describe('derived metrics', () => {
  test.each([
    [1, 4, 0.25],
    [0, 4, 0],
    [3, 0, null],
    [null, 4, null],
    [4, null, null],
  ])('ratio(%j, %j) = %j', (n, d, r) => {
    expect(ratio(n, d)).toBe(r);
  });

  test.each([
    [{ clicks: 100, uniqueClicks: 50, rejectedClicks: 3, leads: 4, sales: 6 }, 0.1, 0.2],
    [{ clicks: 0, uniqueClicks: 0, rejectedClicks: 3, leads: 1, sales: 0 }, null, null],
    [{ clicks: 10, uniqueClicks: 5, rejectedClicks: null, leads: null, sales: null }, null, null],
  ])('CR of %j is %j, per unique click %j', (counts, cr, crUnique) => {
    expect(conversionRates(counts)).toEqual({ cr, crUnique });
  });

  test.each([
    [1000, 400, 2.5],
    [0, 400, 0],
    [1000, 0, null],
    [1000, null, null],
  ])('EPC of %i minor over %j clicks is %j', (payout, clicks, epc) => {
    expect(earningsPerClick(payout, clicks)).toBe(epc);
  });

  test.each([
    [10_000, 2_500, 7_500, 3],
    [1_000, 2_000, -1_000, -0.5],
    [5_000, 0, 5_000, null],
    [0, 0, 0, null],
  ])('revenue %i, payout %i → profit %i, ROI %j', (revenue, payout, profitMinor, roi) => {
    expect(profitAndRoi(revenue, payout)).toEqual({ profitMinor, roi });
  });
});
