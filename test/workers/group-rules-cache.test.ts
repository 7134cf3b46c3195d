import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import type { RewardRule } from '../../workers/domain/reward-rules';
import { findEnrollmentGroup } from '../../workers/services/conversions/find-enrollment-group';
import { findGroupWithRuleTotals } from '../../workers/services/conversions/find-group-with-rule-totals';
import { affiliateTotals } from '../../workers/services/enrollments';
import { type Advertiser, useTwoAdvertisers } from '../actors';
import { insertClick, record, serviceCtx } from '../conversions';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let acme: Advertiser;
useTwoAdvertisers((t) => {
  ({ db, acme } = t);
});

const paying = (rateBps: number, name: string): RewardRule[] => [
  {
    id: crypto.randomUUID(),
    name,
    events: ['sale'],
    when: { all: [{ kind: 'amount', op: 'gt', minor: 0, currency: 'USD' }] },
    reward: { commissionType: 'percent', rateBps, fixedMinor: null },
  },
];
const sale = async () => {
  const click = await insertClick(db, acme, { at: new Date(Date.now() - 60_000) });
  const out = await record(db, acme, { type: 'sale', click_id: click.id, amount: 10_000, currency: 'USD' });
  return out.commissions[0]!;
};

let groupId: string;
beforeAll(async () => {
  const [enrollment] = await db.select().from(s.enrollments).where(eq(s.enrollments.id, acme.enrollment.id));
  groupId = enrollment!.groupId;
});

describe("the isolate's copy of a group's reward rules", () => {
  it('is reused while the row is unchanged, and read again after any change, however it was made', async () => {
    const ctx = serviceCtx(db);
    await db
      .update(s.programGroups)
      .set({ rewardRules: paying(4_000, 'forty') })
      .where(eq(s.programGroups.id, groupId));
    const first = await findEnrollmentGroup({ ctx, input: { groupId } });
    const again = await findEnrollmentGroup({ ctx, input: { groupId } });
    // The same parsed rules: Postgres answered NULL for them the second time.
    expect(again.rewardRules).toBe(first.rewardRules);
    expect((again.rewardRules as RewardRule[])[0]!.name).toBe('forty');
    expect((await sale()).amountMinor).toBe(4_000);

    // A raw update that never mentions the version (a script's, an operator's): the trigger bumps it.
    await db.execute(
      sql`UPDATE affiliate.program_groups SET reward_rules = ${JSON.stringify(paying(5_000, 'fifty'))}::jsonb WHERE id = ${groupId}`,
    );
    const changed = await findEnrollmentGroup({ ctx, input: { groupId } });
    expect(changed.version).toBe(first.version + 1);
    expect((changed.rewardRules as RewardRule[])[0]!.name).toBe('fifty');
    expect((await sale()).amountMinor).toBe(5_000);
  });

  it('never takes rules read inside a rolled-back update for those of a later update of the same version', async () => {
    const ctx = serviceCtx(db);
    const before = await findEnrollmentGroup({ ctx, input: { groupId } });
    await db
      .transaction(async (tx) => {
        await tx
          .update(s.programGroups)
          .set({ rewardRules: paying(9_000, 'never') })
          .where(eq(s.programGroups.id, groupId));
        const inside = await findEnrollmentGroup({ ctx: { ...ctx, db: tx as unknown as Db }, input: { groupId } });
        expect((inside.rewardRules as RewardRule[])[0]!.name).toBe('never');
        throw new Error('roll back');
      })
      .catch((e: Error) => expect(e.message).toBe('roll back'));
    // The same version number again, committed this time, with other rules.
    await db
      .update(s.programGroups)
      .set({ rewardRules: paying(6_000, 'sixty') })
      .where(eq(s.programGroups.id, groupId));
    const after = await findEnrollmentGroup({ ctx, input: { groupId } });
    expect(after.version).toBe(before.version + 1);
    expect((after.rewardRules as RewardRule[])[0]!.name).toBe('sixty');
    expect((await sale()).amountMinor).toBe(6_000);
  });
});

describe('the group read of a conversion', () => {
  it('maps every column as drizzle maps it', async () => {
    await db
      .update(s.programGroups)
      .set({ description: 'Top partners', holdDays: 7, multiLevelRatesBps: [500, 200], commissionFixedMinor: 2_500 })
      .where(eq(s.programGroups.id, groupId));
    const [row] = await db.select().from(s.programGroups).where(eq(s.programGroups.id, groupId));
    expect(await findEnrollmentGroup({ ctx: serviceCtx(db), input: { groupId } })).toEqual(row);
  });

  it("reads the held rules' totals with the group, and the windows of changed rules apart, both as affiliateTotals counts", async () => {
    const ctx = serviceCtx(db);
    const onTotals = (metric: 'sales' | 'revenue_minor', windowDays: number | null): RewardRule[] => [
      {
        ...paying(4_500, `${metric} ${windowDays}`)[0]!,
        when: { all: [{ kind: 'affiliate_totals', metric, op: 'gte', value: 1, windowDays }] },
      },
    ];
    await db
      .update(s.programGroups)
      .set({ rewardRules: onTotals('sales', 30) })
      .where(eq(s.programGroups.id, groupId));
    await sale();
    await sale();
    const input = {
      groupId,
      enrollmentId: acme.enrollment.id,
      currency: 'USD',
      before: new Date(),
      excludeConversionId: crypto.randomUUID(),
      changedConversionIds: [],
    };
    const counted = async (metric: 'sales' | 'revenue_minor', windowDays: number | null) =>
      (await affiliateTotals({ ctx, input: { ...input, windows: [{ metric, windowDays }] } })).get(
        `${metric}:${windowDays}`,
      );
    // Held now (the sales read them): the one statement reads the group and the 30-day sales.
    const held = await findGroupWithRuleTotals({ ctx, input });
    expect(held.totals('sales', 30)).toBeGreaterThanOrEqual(2);
    expect(held.totals('sales', 30)).toBe(await counted('sales', 30));
    // Rules on another window: the statement read the held rules' window, so the new one is read apart.
    await db
      .update(s.programGroups)
      .set({ rewardRules: onTotals('revenue_minor', null) })
      .where(eq(s.programGroups.id, groupId));
    const changed = await findGroupWithRuleTotals({ ctx, input });
    expect((changed.group.rewardRules as RewardRule[])[0]!.name).toBe('revenue_minor null');
    expect(changed.totals('revenue_minor', null)).toBeGreaterThanOrEqual(20_000);
    expect(changed.totals('revenue_minor', null)).toBe(await counted('revenue_minor', null));
    expect((await sale()).amountMinor).toBe(4_500);
  });
});
