import { expect, test } from 'vitest';
import { linkDaysReport } from '../../dashboard/src/features/links/link-days-report';

// The link detail's chart read "Day (UTC)" because its report carried no zone, while the API had counted the days
// in the viewer's: the chart names the zone the report was counted in.
test('a link’s days keep the zone the API counted them in, for the chart’s axis and tooltips', () => {
  const report = linkDaysReport({
    timeZone: 'Europe/Moscow',
    days: [{ date: '2026-11-27', clicks: 4, leads: 1, sales: 2 }] as never,
  });
  expect(report.timeZone).toBe('Europe/Moscow');
  expect(report.rows).toEqual([
    expect.objectContaining({
      bucketLocal: '2026-11-27T00:00',
      metrics: expect.objectContaining({ clicks: 4, leads: 1, sales: 2, uniqueClicks: null }),
    }),
  ]);
});
