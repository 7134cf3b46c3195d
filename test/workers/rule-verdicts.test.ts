import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { type Advertiser, useTwoAdvertisers } from '../actors';
import { call, expectStatus } from '../api-client';
import { insertClick, record } from '../conversions';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let acme: Advertiser;
let other: Advertiser;
useTwoAdvertisers((t) => {
  ({ db, acme, other } = t);
});

const groupsUrl = (a: Advertiser) => `/orgs/${a.org.id}/programs/${a.program.id}/groups`;
const RULES = [
  {
    name: 'German-speaking customers',
    events: ['sale'],
    when: { all: [{ kind: 'country', in: ['DE', 'AT'] }] },
    reward: { commissionType: 'percent', rateBps: 3_500, fixedMinor: null },
  },
  {
    name: 'Big orders',
    events: ['sale'],
    when: {
      any: [
        { kind: 'amount', op: 'gte', minor: 1_000_000, currency: 'USD' },
        { kind: 'metadata', key: 'tier', in: ['enterprise'] },
      ],
    },
    reward: { commissionType: 'fixed', rateBps: null, fixedMinor: 99_900 },
  },
  {
    name: 'Leads',
    events: ['lead'],
    when: { all: [] },
    reward: { commissionType: 'fixed', rateBps: null, fixedMinor: 100 },
  },
];

const groupRow = async (id: string) => (await db.select().from(s.programGroups).where(eq(s.programGroups.id, id)))[0]!;
const storedLine = async (id: string) => (await db.select().from(s.commissions).where(eq(s.commissions.id, id)))[0]!;

/** A group with RULES holding the advertiser's affiliate, and one sale from France decided by them. */
async function saleUnderRules(a: Advertiser) {
  const created = await call(a.owner, 'POST', groupsUrl(a), {
    name: `Words ${crypto.randomUUID()}`,
    commissionRateBps: 2_000,
    rewardRules: RULES,
  });
  expectStatus(created, 201);
  const group = created.body;
  await call(a.owner, 'POST', `${groupsUrl(a)}/${group.id}/members`, { enrollmentIds: [a.enrollment.id] });
  const click = await insertClick(db, a, { at: new Date(Date.now() - 60_000) });
  await db.update(s.clicks).set({ country: 'FR' }).where(eq(s.clicks.id, click.id));
  const out = await record(db, a, { type: 'sale', click_id: click.id, amount: 10_000, currency: 'USD' });
  return { group, line: out.commissions[0]!, conversionId: out.conversion.id as string };
}

describe('rule verdicts stored without words', () => {
  it('a line stores its verdicts beside the rule set, and every reader words them as the rules were then', async () => {
    const { group, line, conversionId } = await saleUnderRules(acme);
    const ids = group.rewardRules.map((r: { id: string }) => r.id);
    const words = [
      { id: ids[0], name: 'German-speaking customers', outcome: 'not_matched', detail: 'country in DE, AT' },
      {
        id: ids[1],
        name: 'Big orders',
        outcome: 'not_matched',
        detail: 'none of: amount gte 1000000 USD; metadata.tier in enterprise',
      },
      { id: ids[2], name: 'Leads', outcome: 'other_event', detail: 'pays on lead' },
    ];
    // The partner's answer.
    expect(line.amountMinor).toBe(2_000);
    expect(line.calculation).toMatchObject({ rewardRule: null, rewardRules: words });
    expect(line.calculation).not.toHaveProperty('ruleVerdicts');

    // What is stored: the set's id and the verdicts without words.
    const setId = (await groupRow(group.id)).rewardRuleSetId;
    expect(setId).toEqual(expect.any(String));
    const stored = (await storedLine(line.id)).calculation;
    expect(stored).toMatchObject({
      rewardRuleSet: setId,
      ruleVerdicts: [['n', [0]], ['n', { any: [], none: [[0], [1]] }], ['o']],
    });
    expect(stored).not.toHaveProperty('rewardRules');

    // The rules change: one renamed and widened, the others gone. A new set; the old one stays.
    const patched = await call(acme.owner, 'PATCH', `${groupsUrl(acme)}/${group.id}`, {
      rewardRules: [
        { ...group.rewardRules[0], name: 'DACH', when: { all: [{ kind: 'country', in: ['DE', 'AT', 'CH'] }] } },
      ],
    });
    expectStatus(patched, 200);
    expect((await groupRow(group.id)).rewardRuleSetId).not.toBe(setId);
    const [old] = await db.select().from(s.rewardRuleSets).where(eq(s.rewardRuleSets.id, setId!));
    expect(old).toMatchObject({ organizationId: acme.org.id, groupId: group.id });
    expect(old!.rules).toHaveLength(3);

    // Every reader words the old line as the rules were when it was decided.
    const detail = await call(acme.owner, 'GET', `/orgs/${acme.org.id}/conversions/${conversionId}`);
    expectStatus(detail, 200);
    expect(detail.body.commissions[0].calculation.rewardRules).toEqual(words);
    const mine = await call(acme.affiliateSession, 'GET', `/affiliate/orgs/${acme.org.id}/conversions/${conversionId}`);
    expectStatus(mine, 200);
    expect(mine.body.lines[0].calculation.rewardRules).toEqual(words);
    const listed = await call(acme.owner, 'GET', `/orgs/${acme.org.id}/commissions?limit=100`);
    expectStatus(listed, 200);
    expect(listed.body.items.find((c: { id: string }) => c.id === line.id).calculation.rewardRules).toEqual(words);
    const myListed = await call(acme.affiliateSession, 'GET', `/affiliate/orgs/${acme.org.id}/commissions?limit=100`);
    expectStatus(myListed, 200);
    expect(myListed.body.items.find((c: { id: string }) => c.id === line.id).calculation.rewardRules).toEqual(words);
    const csv = await call(acme.owner, 'GET', `/orgs/${acme.org.id}/exports/commissions.csv`);
    expectStatus(csv, 200);
    expect(String(csv.body)).toContain('none of: amount gte 1000000 USD; metadata.tier in enterprise');

    // The next sale is decided by the new set.
    const click = await insertClick(db, acme, { at: new Date(Date.now() - 60_000) });
    await db.update(s.clicks).set({ country: 'CH' }).where(eq(s.clicks.id, click.id));
    const next = (await record(db, acme, { type: 'sale', click_id: click.id, amount: 10_000, currency: 'USD' }))
      .commissions[0]!;
    expect(next.amountMinor).toBe(3_500);
    expect(next.calculation.rewardRules).toEqual([
      { id: ids[0], name: 'DACH', outcome: 'chosen', detail: 'would pay 3500' },
    ]);
  });

  it("a line is worded only from a set of its own advertiser's", async () => {
    const { line, conversionId } = await saleUnderRules(other);
    const foreign = (await db.select().from(s.programGroups).where(eq(s.programGroups.programId, acme.program.id)))[0]!;
    const stored = (await storedLine(line.id)).calculation;
    await db
      .update(s.commissions)
      .set({ calculation: { ...stored, rewardRuleSet: foreign.rewardRuleSetId } })
      .where(eq(s.commissions.id, line.id));
    const detail = await call(other.owner, 'GET', `/orgs/${other.org.id}/conversions/${conversionId}`);
    expectStatus(detail, 200);
    const calculation = detail.body.commissions[0].calculation;
    expect(calculation).not.toHaveProperty('rewardRules');
    expect(calculation.ruleVerdicts).toEqual(stored.ruleVerdicts);
  });

  it('every change to a group’s rules, however made, writes a set; other changes and hand-set pointers do not', async () => {
    const created = await call(acme.owner, 'POST', groupsUrl(acme), { name: `Sets ${crypto.randomUUID()}` });
    expectStatus(created, 201);
    const first = (await groupRow(created.body.id)).rewardRuleSetId!;
    const [initial] = await db.select().from(s.rewardRuleSets).where(eq(s.rewardRuleSets.id, first));
    expect(initial!.rules).toEqual([]);

    await db
      .update(s.programGroups)
      .set({ name: `Renamed ${crypto.randomUUID()}` })
      .where(eq(s.programGroups.id, created.body.id));
    expect((await groupRow(created.body.id)).rewardRuleSetId).toBe(first);

    const rules = [{ ...RULES[2], id: crypto.randomUUID() }];
    await db.update(s.programGroups).set({ rewardRules: rules }).where(eq(s.programGroups.id, created.body.id));
    const second = (await groupRow(created.body.id)).rewardRuleSetId!;
    expect(second).not.toBe(first);
    const [written] = await db.select().from(s.rewardRuleSets).where(eq(s.rewardRuleSets.id, second));
    expect(written!.rules).toEqual(rules);

    await db.update(s.programGroups).set({ rewardRuleSetId: first }).where(eq(s.programGroups.id, created.body.id));
    expect((await groupRow(created.body.id)).rewardRuleSetId).toBe(second);
  });
});
