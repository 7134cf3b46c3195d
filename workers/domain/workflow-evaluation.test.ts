import { describe, expect, test } from 'vitest';
import { prng } from '../../dev/prng';
import type { WorkflowMetric } from '../../schema/enums';
import {
  crossingKey,
  firingWorkflows,
  nextPromotion,
  progressPercent,
  readTotals,
  triggerHolds,
  type WorkflowFacts,
  type WorkflowTrigger,
  windowsToRead,
  workflowWindows,
} from './workflow-evaluation';

const now = new Date('2026-03-10T12:00:00Z');
const DAY = 86_400_000;

const gold: WorkflowTrigger = {
  id: 'to-gold',
  enabled: true,
  metric: 'sales',
  op: 'gte',
  threshold: 20,
  windowDays: 30,
  scopeGroupId: 'default',
  moveToGroupId: 'gold',
};
const down: WorkflowTrigger = {
  id: 'back-down',
  enabled: true,
  metric: 'sales',
  op: 'lt',
  threshold: 1,
  windowDays: 90,
  scopeGroupId: 'gold',
  moveToGroupId: 'default',
};
const bonus: WorkflowTrigger = {
  id: 'bonus',
  enabled: true,
  metric: 'revenue_minor',
  op: 'gte',
  threshold: 100_000,
  windowDays: null,
  scopeGroupId: null,
  moveToGroupId: null,
};

function facts(groupId: string, totals: Partial<Record<string, number>>, joinedDaysAgo = 365): WorkflowFacts {
  return {
    groupId,
    joinedAt: new Date(now.getTime() - joinedDaysAgo * DAY),
    now,
    totals: (metric: WorkflowMetric, windowDays: number | null) => totals[`${metric}:${windowDays}`] ?? 0,
  };
}

describe('crossingKey', () => {
  test.each([
    [null, now, 'lifetime'],
    [30, new Date('1970-01-30T23:59:59Z'), 'p0'],
    [30, new Date('1970-01-31T00:00:00Z'), 'p1'],
    [1, new Date('1970-01-03T10:00:00Z'), 'p2'],
    [90, now, `p${Math.floor(now.getTime() / DAY / 90)}`],
  ])('window %s at %s → %s', (windowDays, at, key) => {
    expect(crossingKey(windowDays, at)).toBe(key);
  });

  test('one period gives one key however often it is evaluated', () => {
    const start = Math.ceil(now.getTime() / DAY / 30) * 30 * DAY;
    const keys = new Set([0, 1, 10, 29.9].map((d) => crossingKey(30, new Date(start + d * DAY))));
    expect(keys.size).toBe(1);
    expect(crossingKey(30, new Date(start + 30 * DAY))).not.toBe(crossingKey(30, new Date(start)));
  });
});

describe('triggerHolds', () => {
  test.each([
    ['gte', 19, 20, false],
    ['gte', 20, 20, true],
    ['gte', 21, 20, true],
    ['lt', 0, 1, true],
    ['lt', 1, 1, false],
  ] as const)('%s %i vs %i → %s', (op, value, threshold, holds) => {
    expect(triggerHolds(op, value, threshold)).toBe(holds);
  });
});

describe('firingWorkflows', () => {
  const cases: { name: string; workflows: WorkflowTrigger[]; facts: WorkflowFacts; fired: string[] }[] = [
    { name: 'below the threshold: nothing', workflows: [gold], facts: facts('default', { 'sales:30': 19 }), fired: [] },
    {
      name: 'at the threshold: promoted',
      workflows: [gold],
      facts: facts('default', { 'sales:30': 20 }),
      fired: ['to-gold'],
    },
    {
      name: 'disabled never fires',
      workflows: [{ ...gold, enabled: false }],
      facts: facts('default', { 'sales:30': 50 }),
      fired: [],
    },
    { name: 'out of scope', workflows: [gold], facts: facts('silver', { 'sales:30': 50 }), fired: [] },
    {
      name: 'already in the target group',
      workflows: [{ ...gold, scopeGroupId: null }],
      facts: facts('gold', { 'sales:30': 50 }),
      fired: [],
    },
    {
      name: 'no scope: any group',
      workflows: [bonus],
      facts: facts('silver', { 'revenue_minor:null': 100_000 }),
      fired: ['bonus'],
    },
    {
      name: 'way down after a quiet window',
      workflows: [down],
      facts: facts('gold', { 'sales:90': 0 }),
      fired: ['back-down'],
    },
    {
      name: 'way down: one sale keeps the tier',
      workflows: [down],
      facts: facts('gold', { 'sales:90': 1 }),
      fired: [],
    },
    {
      name: 'way down waits for a whole window of membership',
      workflows: [down],
      facts: facts('gold', { 'sales:90': 0 }, 89),
      fired: [],
    },
    {
      name: 'a move applies before the next workflow: promoted, then not moved back the same run',
      workflows: [gold, down],
      facts: facts('default', { 'sales:30': 20, 'sales:90': 20 }),
      fired: ['to-gold'],
    },
    {
      name: 'the next workflow sees the new group',
      workflows: [gold, { ...bonus, scopeGroupId: 'gold' }],
      facts: facts('default', { 'sales:30': 20, 'revenue_minor:null': 200_000 }),
      fired: ['to-gold', 'bonus'],
    },
    {
      name: 'order matters: the scoped bonus before the move does not see gold yet',
      workflows: [{ ...bonus, scopeGroupId: 'gold' }, gold],
      facts: facts('default', { 'sales:30': 20, 'revenue_minor:null': 200_000 }),
      fired: ['to-gold'],
    },
  ];
  test.each(cases)('$name', ({ workflows, facts: f, fired }) => {
    expect(firingWorkflows(workflows, f).map((x) => x.workflowId)).toEqual(fired);
  });

  test('a crossing already recorded is skipped, and its move is not assumed', () => {
    const f = {
      ...facts('default', { 'sales:30': 20, 'revenue_minor:null': 200_000 }),
      crossed: (id: string) => id === 'to-gold',
    };
    expect(firingWorkflows([gold, { ...bonus, scopeGroupId: 'gold' }], f)).toEqual([]);
  });

  test('a firing carries its key, value and the groups it moves between', () => {
    expect(firingWorkflows([gold], facts('default', { 'sales:30': 23 }))).toEqual([
      {
        workflowId: 'to-gold',
        crossingKey: crossingKey(30, now),
        value: 23,
        fromGroupId: 'default',
        toGroupId: 'gold',
      },
    ]);
  });
});

describe('workflowWindows', () => {
  test('each metric and window once', () => {
    expect(workflowWindows([gold, down, bonus, { ...gold, id: 'x' }])).toEqual([
      { metric: 'sales', windowDays: 30 },
      { metric: 'sales', windowDays: 90 },
      { metric: 'revenue_minor', windowDays: null },
    ]);
  });
});

describe('windowsToRead', () => {
  const at = (groupId: string, crossed: string[] = [], joinedDaysAgo = 365) => ({
    groupId,
    joinedAt: new Date(now.getTime() - joinedDaysAgo * DAY),
    now,
    crossed: (id: string, key: string) => crossed.includes(id) && key === crossingKey(windowOf(id), now),
  });
  const windowOf = (id: string) => [gold, down, bonus].find((w) => w.id === id)!.windowDays;

  test.each([
    {
      name: 'nothing crossed: every window, the way down too (a promotion could lead into its scope)',
      facts: at('default'),
      windows: ['sales:30', 'sales:90', 'revenue_minor:null'],
    },
    {
      name: 'the promotion crossed this period: its scope cannot be left for gold, so only the lifetime bonus',
      facts: at('default', ['to-gold']),
      windows: ['revenue_minor:null'],
    },
    { name: 'both crossed: no window, no read', facts: at('default', ['to-gold', 'bonus']), windows: [] },
    {
      name: 'a new member of gold: the way down waits a whole window, the promotion is out of its scope',
      facts: at('gold', [], 10),
      windows: ['revenue_minor:null'],
    },
  ])('$name', ({ facts: f, windows }) => {
    expect(windowsToRead([gold, down, bonus], f).map((w) => `${w.metric}:${w.windowDays}`)).toEqual(windows);
  });

  test('a disabled workflow reads nothing', () => {
    expect(windowsToRead([{ ...bonus, enabled: false }], at('default'))).toEqual([]);
  });

  test('property: firing from the windows read alone equals firing from every total (5,000 seeded cases)', () => {
    const rnd = prng(28);
    const groups = ['default', 'gold', 'silver'];
    const metrics: WorkflowMetric[] = ['sales', 'conversions', 'revenue_minor', 'commission_minor'];
    const orNull = <T>(v: T) => (rnd.next() < 0.3 ? null : v);
    for (let i = 0; i < 5_000; i++) {
      const workflows: WorkflowTrigger[] = Array.from({ length: 1 + Math.floor(rnd.next() * 5) }, (_, n) => ({
        id: `w${n}`,
        enabled: rnd.next() < 0.9,
        metric: rnd.pick(metrics),
        op: rnd.next() < 0.7 ? 'gte' : 'lt',
        threshold: Math.floor(rnd.next() * 10),
        windowDays: orNull(rnd.pick([7, 30, 90])),
        scopeGroupId: orNull(rnd.pick(groups)),
        moveToGroupId: orNull(rnd.pick(groups)),
      }));
      const crossedIds = new Set(workflows.filter(() => rnd.next() < 0.3).map((w) => w.id));
      const all = new Map(workflows.map((w) => [`${w.metric}:${w.windowDays}`, Math.floor(rnd.next() * 12)]));
      const base = {
        groupId: rnd.pick(groups),
        joinedAt: new Date(now.getTime() - Math.floor(rnd.next() * 120) * DAY),
        now,
        crossed: (id: string) => crossedIds.has(id),
      };
      const read = new Map(
        windowsToRead(workflows, base).map((w) => [
          `${w.metric}:${w.windowDays}`,
          all.get(`${w.metric}:${w.windowDays}`)!,
        ]),
      );
      const key = (m: WorkflowMetric, d: number | null) => `${m}:${d}`;
      expect(firingWorkflows(workflows, { ...base, totals: readTotals(read, key) })).toEqual(
        firingWorkflows(workflows, { ...base, totals: readTotals(all, key) }),
      );
    }
  });

  test('readTotals refuses a window that was not read, rather than count it as 0', () => {
    const totals = readTotals(new Map([['sales:30', 4]]), (m, d) => `${m}:${d}`);
    expect(totals('sales', 30)).toBe(4);
    expect(() => totals('sales', 90)).toThrow('workflow total sales:90 was not read');
  });
});

describe('progress', () => {
  test.each([
    [0, 20, 0],
    [8, 20, 40],
    [7, 20, 35],
    [25, 20, 100],
    [5, 0, 100],
  ])('%i of %i → %i %', (value, threshold, percent) => {
    expect(progressPercent(value, threshold)).toBe(percent);
  });

  test('the closest promotion in scope', () => {
    const platinum: WorkflowTrigger = { ...gold, id: 'to-platinum', threshold: 100, moveToGroupId: 'platinum' };
    expect(nextPromotion([platinum, gold, down, bonus], facts('default', { 'sales:30': 8 }))).toEqual({
      workflowId: 'to-gold',
      metric: 'sales',
      windowDays: 30,
      value: 8,
      threshold: 20,
      percent: 40,
      targetGroupId: 'gold',
    });
  });

  test('none once at the top, nor from the way down or a bonus', () => {
    expect(nextPromotion([gold, down, bonus], facts('gold', { 'sales:30': 8 }))).toBeNull();
  });
});
