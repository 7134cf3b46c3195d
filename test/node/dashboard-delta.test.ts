import { expect, test } from 'vitest';
import { deltaOf } from '../../dashboard/src/features/stats/delta';

test.each([
  // current, previous, rate, expected
  [null, 5, false, { kind: 'none' }],
  [5, null, false, { kind: 'none' }],
  [0, 0, false, { kind: 'same' }],
  [7, 7, false, { kind: 'same' }],
  [1, 0, false, { kind: 'new' }],
  // The case: 49,150 clicks after 100 is shown as +49,050 from 100, not "up 49,050 %".
  [49_150, 100, false, { kind: 'absolute', up: true, change: 49_050, previous: 100 }],
  [491, 1, false, { kind: 'absolute', up: true, change: 490, previous: 1 }],
  // Exactly ten times: absolute; just under: still a percent (up 890 %).
  [100, 10, false, { kind: 'absolute', up: true, change: 90, previous: 10 }],
  [99, 10, false, { kind: 'percent', up: true, ratio: 8.9 }],
  [150, 100, false, { kind: 'percent', up: true, ratio: 0.5 }],
  [25, 100, false, { kind: 'percent', up: false, ratio: 0.75 }],
  // Falls stay percents (at most 100 %), even to nothing.
  [0, 100, false, { kind: 'percent', up: false, ratio: 1 }],
  // A loss on either side: a percent of a negative number means nothing.
  [500, -200, false, { kind: 'absolute', up: true, change: 700, previous: -200 }],
  [-300, 200, false, { kind: 'absolute', up: false, change: 500, previous: 200 }],
  // Rates move in percentage points.
  [0.12, 0.1, true, { kind: 'points', up: true, points: 2 }],
  [0.1, 0.1004, true, { kind: 'same' }],
  [0.05, 0, true, { kind: 'points', up: true, points: 5 }],
] as const)('deltaOf(%s, %s, rate %s)', (current, previous, rate, expected) => {
  const delta = deltaOf(current, previous, rate);
  if ('ratio' in expected) expect(delta).toEqual({ ...expected, ratio: expect.closeTo(expected.ratio, 10) });
  else if ('points' in expected) expect(delta).toEqual({ ...expected, points: expect.closeTo(expected.points, 10) });
  else expect(delta).toEqual(expected);
});
