// The soak's partner groups, reward rules, spend limits and workflows, set up through the verbs an
// advertiser's owner calls (createProgramGroup, updateProgramGroup, createProgramWorkflow), so the
// traffic runs against terms the API would have accepted. The thresholds are tuned to the plan's
// traffic (bench/lib/soak-plan.ts MIX: ~34 conversions per program a day, affiliates skewed): rules
// match some events and not others, caps bind on the busiest members, workflows move some members
// up to Gold and others back down, and pay bonuses.
import type { ServiceContext } from '../../workers/context';
import type { RewardRule } from '../../workers/domain/reward-rules';
import { createProgramGroup, updateProgramGroup } from '../../workers/services/programs';
import type { GroupSettings } from '../../workers/services/programs';
import { createProgramWorkflow, type WorkflowSettings } from '../../workers/services/workflows';
import type { SoakWorld } from './soak-world';

type Rule = Omit<RewardRule, 'id'>;
const percent = (rateBps: number) => ({
  commissionType: 'percent' as const,
  rateBps,
  fixedMinor: null,
});
const fixed = (fixedMinor: number) => ({
  commissionType: 'fixed' as const,
  rateBps: null,
  fixedMinor,
});

/** Per program index (bench/lib/soak-world.ts PROGRAMS): the default group's changes and the groups added. */
const TERMS: Record<number, { defaults?: Partial<GroupSettings>; groups?: GroupSettings[] }> = {
  // USD revshare 30 %, lifetime recurring, three upline levels.
  0: {
    defaults: {
      rewardRules: [
        {
          name: 'Big orders',
          events: ['sale', 'rebill'],
          when: {
            all: [{ kind: 'amount', op: 'gte', minor: 25_000, currency: 'USD' }],
          },
          reward: percent(3500),
        },
        {
          name: 'DACH or pro',
          events: ['sale'],
          when: {
            any: [
              { kind: 'country', in: ['DE', 'AT'] },
              { kind: 'product', in: ['plan_pro'] },
            ],
          },
          reward: percent(4000),
        },
        {
          name: 'Regulars, new customers',
          events: ['sale', 'rebill'],
          when: {
            all: [
              {
                kind: 'affiliate_totals',
                metric: 'sales',
                op: 'gt',
                value: 5,
                windowDays: 7,
              },
              { kind: 'new_customer', is: true },
            ],
          },
          reward: percent(3200),
        },
      ] satisfies Rule[],
    },
    groups: [
      {
        name: 'Gold',
        color: 'yellow',
        description: 'Our best partners',
        commissionRateBps: 4500,
        holdDays: 1,
        spendLimits: [
          { period: 'day', maxMinor: 8_000, currency: 'USD' },
          { period: 'week', maxMinor: 30_000, currency: 'USD' },
        ],
        rewardRules: [
          {
            name: 'Gold pro',
            events: ['sale'],
            when: { all: [{ kind: 'product', in: ['plan_pro'] }] },
            reward: percent(5000),
          },
        ] satisfies Rule[],
      },
    ],
  },
  // USD CPL 250: leads from Germany or Austria pay more.
  2: {
    defaults: {
      rewardRules: [
        {
          name: 'DACH leads',
          events: ['lead'],
          when: { all: [{ kind: 'country', in: ['DE', 'AT'] }] },
          reward: fixed(400),
        },
      ] satisfies Rule[],
    },
  },
  // JPY CPS 25 %: small orders pay a fixed amount; a Volume group with a lifetime cap.
  3: {
    groups: [
      {
        name: 'Volume',
        color: 'blue',
        description: 'High-volume partners',
        commissionRateBps: 2800,
        spendLimits: [{ period: 'total', maxMinor: 400_000, currency: 'JPY' }],
        rewardRules: [
          {
            name: 'Small or big German orders',
            events: ['sale'],
            when: {
              any: [
                { kind: 'amount', op: 'lt', minor: 5_000, currency: 'JPY' },
                {
                  all: [
                    { kind: 'country', in: ['DE'] },
                    {
                      kind: 'amount',
                      op: 'gte',
                      minor: 30_000,
                      currency: 'JPY',
                    },
                  ],
                },
              ],
            },
            reward: fixed(2_000),
          },
        ] satisfies Rule[],
      },
    ],
  },
  // GBP revshare fixed 1500 a sale: the default group is capped per day and month; Partners per week.
  4: {
    defaults: {
      spendLimits: [
        { period: 'day', maxMinor: 3_000, currency: 'GBP' },
        { period: 'month', maxMinor: 40_000, currency: 'GBP' },
      ],
      rewardRules: [
        {
          name: 'New customers, big orders',
          events: ['sale'],
          when: {
            all: [
              { kind: 'new_customer', is: true },
              { kind: 'amount', op: 'gte', minor: 20_000, currency: 'GBP' },
            ],
          },
          reward: fixed(2_000),
        },
      ] satisfies Rule[],
    },
    groups: [
      {
        name: 'Partners',
        color: 'green',
        description: 'Agencies',
        commissionFixedMinor: 2_500,
        spendLimits: [{ period: 'week', maxMinor: 10_000, currency: 'GBP' }],
      },
    ],
  },
};

/** Per program index: its workflows; `move` and `scope` name group indices (0: the default group). */
const WORKFLOWS: Record<
  number,
  (Omit<WorkflowSettings, 'scopeGroupId' | 'moveToGroupId'> & {
    scope: number | null;
    move: number | null;
  })[]
> = {
  0: [
    {
      name: 'Promote to Gold',
      enabled: true,
      metric: 'sales',
      op: 'gte',
      threshold: 6,
      windowDays: 7,
      scope: 0,
      move: 1,
      bonusMinor: 5_000,
      bonusCurrency: 'USD',
      messageEn: 'Welcome to Gold',
      messageRu: 'Добро пожаловать в Gold',
    },
    {
      name: 'Back to Default',
      enabled: true,
      metric: 'sales',
      op: 'lt',
      threshold: 4,
      windowDays: 3,
      scope: 1,
      move: 0,
    },
    // Lifetime: a windowed commission total counts lines by when they were written (the database's
    // clock), which the soak's simulated days outrun; sales and conversions go by the event's time.
    {
      name: 'Gold commission bonus',
      enabled: true,
      metric: 'commission_minor',
      op: 'gte',
      threshold: 40_000,
      windowDays: null,
      scope: 1,
      move: null,
      bonusMinor: 10_000,
      bonusCurrency: 'USD',
    },
  ],
  1: [
    {
      name: 'Three sales a week',
      enabled: true,
      metric: 'sales',
      op: 'gte',
      threshold: 3,
      windowDays: 7,
      scope: null,
      move: null,
      bonusMinor: 1_500,
      bonusCurrency: 'EUR',
    },
  ],
  3: [
    {
      name: 'Volume after 15',
      enabled: true,
      metric: 'conversions',
      op: 'gte',
      threshold: 15,
      windowDays: null,
      scope: 0,
      move: 1,
    },
  ],
};

/** Sets up every program's groups, rules, limits and workflows as its advertiser's owner; fills world.groups. */
export async function seedTerms(ctx: ServiceContext, world: SoakWorld): Promise<void> {
  for (const [index, program] of world.programs.entries()) {
    const tenant = world.tenants[program.tenant]!;
    const owner: ServiceContext = {
      ...ctx,
      actor: { userId: tenant.senderId, platformRole: 'none' },
      tenant: {
        kind: 'advertiser',
        organizationId: tenant.organizationId,
        role: 'owner',
      },
    };
    const terms = TERMS[index] ?? {};
    const groups = world.groups[index]!;
    if (terms.defaults)
      await updateProgramGroup({
        ctx: owner,
        input: {
          programId: program.id,
          groupId: groups[0]!,
          changes: terms.defaults,
        },
      });
    for (const settings of terms.groups ?? []) {
      const group = await createProgramGroup({
        ctx: owner,
        input: { programId: program.id, settings },
      });
      groups.push(group.id);
    }
    program.groups = groups.length;
    for (const { scope, move, ...w } of WORKFLOWS[index] ?? [])
      await createProgramWorkflow({
        ctx: owner,
        input: {
          programId: program.id,
          settings: {
            ...w,
            scopeGroupId: scope === null ? null : groups[scope]!,
            moveToGroupId: move === null ? null : groups[move]!,
          },
        },
      });
  }
}
