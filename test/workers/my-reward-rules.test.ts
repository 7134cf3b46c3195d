import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { type Advertiser, useTwoAdvertisers } from '../actors';
import { call, expectStatus } from '../api-client';
import { addPayee } from '../payouts';
import { signInAs } from '../sessions';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let acme: Advertiser;
let other: Advertiser;
useTwoAdvertisers((t) => {
  ({ db, acme, other } = t);
});

const groupsUrl = (a: Advertiser) => `/orgs/${a.org.id}/programs/${a.program.id}/groups`;

describe("the affiliate's reward rules", () => {
  it("a member reads its group's rules as they pay it, with the names of its advertiser's apps; nobody else reads them", async () => {
    const countryRule = {
      name: 'Secret internal name',
      events: ['sale'],
      when: { all: [{ kind: 'country', in: ['DE', 'AT'] }] },
      reward: { commissionType: 'percent', rateBps: 3_500, fixedMinor: null },
    };
    // The second rule names the advertiser's app and, by mistake, another advertiser's: only the first is named.
    const appRule = {
      name: 'App leads',
      events: ['lead'],
      when: {
        any: [
          { kind: 'app', in: [acme.app.id, other.app.id] },
          { kind: 'new_customer', is: true },
        ],
      },
      reward: { commissionType: 'fixed', rateBps: null, fixedMinor: 2_000 },
    };
    const created = await call(acme.owner, 'POST', groupsUrl(acme), {
      name: 'Gold',
      rewardRules: [countryRule, appRule],
    });
    expectStatus(created, 201);
    const gold = created.body;
    const payee = await addPayee(db, acme);
    expectStatus(
      await call(acme.owner, 'POST', `${groupsUrl(acme)}/${gold.id}/members`, { enrollmentIds: [payee.enrollment.id] }),
      200,
    );
    const payeeSession = await signInAs(db, payee.affiliate.id);
    const myGroup = async () => {
      const res = await call(payeeSession, 'GET', `/affiliate/orgs/${acme.org.id}/programs`);
      expectStatus(res, 200);
      return res.body.items[0].group;
    };

    const group = await myGroup();
    expect(group.rewardRules).toEqual([
      { events: ['sale'], when: countryRule.when, reward: countryRule.reward },
      { events: ['lead'], when: appRule.when, reward: appRule.reward },
    ]);
    expect(group.apps).toEqual([{ id: acme.app.id, name: acme.app.name }]);
    // The rules' ids and names are the advertiser's own words for them.
    expect(JSON.stringify(group)).not.toContain('Secret internal name');
    for (const rule of gold.rewardRules) expect(JSON.stringify(group)).not.toContain(rule.id);

    // The enrollment's own rate beats a rule's rate, so the affiliate reads the rate it gets.
    await db.update(s.enrollments).set({ rateOverrideBps: 5_000 }).where(eq(s.enrollments.id, payee.enrollment.id));
    expect((await myGroup()).rewardRules[0].reward).toEqual({
      commissionType: 'percent',
      rateBps: 5_000,
      fixedMinor: null,
    });

    // An affiliate of the default group of the same program reads no rule of Gold.
    const neighbour = await call(acme.affiliateSession, 'GET', `/affiliate/orgs/${acme.org.id}/programs`);
    expectStatus(neighbour, 200);
    expect(neighbour.body.items[0].group).toMatchObject({ name: 'Default', rewardRules: [], apps: [] });
    expect(JSON.stringify(neighbour.body)).not.toContain('"DE"');
    expect(JSON.stringify(neighbour.body)).not.toContain(gold.id);

    // The other advertiser's affiliate reads its own program only, and cannot open Acme's context.
    const outsider = await call(other.affiliateSession, 'GET', `/affiliate/orgs/${other.org.id}/programs`);
    expectStatus(outsider, 200);
    expect(outsider.body.items[0].group.rewardRules).toEqual([]);
    expect(JSON.stringify(outsider.body)).not.toContain(gold.id);
    const intruding = await call(other.affiliateSession, 'GET', `/affiliate/orgs/${acme.org.id}/programs`);
    expect([403, 404]).toContain(intruding.status);
  });
});
