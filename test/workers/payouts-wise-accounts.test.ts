import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { checkLedger } from '../../workers/services/finance';
import { pollPayoutResults, proposePayouts } from '../../workers/services/payouts';
import { type Advertiser, createAdvertiser } from '../actors';
import { call, expectStatus } from '../api-client';
import { serviceCtx } from '../conversions';
import { testDb } from '../fixtures';
import { approvedSales, itemsOf } from '../payouts';
import { useTestDatabase } from '../worker-env';
import {
  connectWise,
  DE_ACCOUNT,
  deliverWise,
  moveWiseTransfer,
  newWiseToken,
  US_ACCOUNT,
  wiseAccountsOf,
  wisePayee,
  wiseTransfersOf,
} from '../wise';

useTestDatabase();

let db: Db;
let close: () => Promise<void>;
beforeAll(() => {
  ({ db, close } = testDb());
});
afterAll(() => close());

/** The deployment's fallback profile (vitest.config.ts: WISE_PROFILE_ID). */
const platformProfile = () => Number((env as unknown as { WISE_PROFILE_ID: string }).WISE_PROFILE_ID);

const ledgerOk = async (org: Advertiser) =>
  expect((await checkLedger({ ctx: serviceCtx(db), input: { organizationId: org.org.id } })).discrepancies).toEqual([]);

/** An affiliate of `org` who set up Wise, $150.00 approved, proposed and approved into a batch. */
async function approvedWiseBatch(org: Advertiser, account = US_ACCOUNT) {
  const { payee } = await wisePayee(db, org, account);
  await approvedSales(db, payee, [50_000]);
  const proposal = await proposePayouts({ ctx: serviceCtx(db), input: { organizationId: org.org.id } });
  const batchId = proposal.batches[0]!.batchId;
  expectStatus(await call(org.finance, 'POST', `/orgs/${org.org.id}/payouts/${batchId}/approve`), 200);
  return { payee, batchId };
}

const recipientOf = async (affiliateId: string) =>
  (
    await db
      .select({ accountId: s.wiseRecipients.accountId })
      .from(s.wiseRecipients)
      .where(eq(s.wiseRecipients.affiliateId, affiliateId))
  ).find(Boolean)!.accountId;

describe('the organization’s Wise account', () => {
  it('is checked with Wise (its profiles), sealed at rest, shown without the token, audited; owners change it', async () => {
    const org = await createAdvertiser(db);
    const path = `/orgs/${org.org.id}/wise`;
    const before = await call(org.finance, 'GET', path);
    expectStatus(before, 200);
    // The workers project has a deployment token: until the advertiser connects its own, that profile pays.
    expect(before.body).toMatchObject({ connected: false, payoutsFrom: 'platform', webhooksVerified: true });
    expect(before.body.webhookUrl).toMatch(/\/api\/v1\/wise\/webhooks$/);

    const token = newWiseToken();
    expectStatus(await call(org.owner, 'PUT', path, { apiToken: 'short', profileId: '1' }), 400, 'validation_failed');
    expectStatus(
      await call(org.owner, 'PUT', path, { apiToken: 'not-a-wise-token', profileId: '1' }),
      400,
      'wise_credentials_rejected',
    );
    expectStatus(await call(org.owner, 'PUT', path, { apiToken: token, profileId: '1' }), 400, 'validation_failed');
    // The deployment's profile is not reachable with the advertiser's token either.
    expectStatus(
      await call(org.owner, 'PUT', path, { apiToken: token, profileId: String(platformProfile()) }),
      400,
      'validation_failed',
    );
    expectStatus(await call(org.finance, 'PUT', path, { apiToken: token, profileId: '1' }), 403);
    expectStatus(await call(org.finance, 'POST', `${path}/check`, { apiToken: token }), 403);
    // The stored token's test needs a stored token: the deployment's is never shown to the advertiser.
    expectStatus(await call(org.owner, 'POST', `${path}/check`, {}), 409, 'wise_not_configured');

    const pasted = await call(org.owner, 'POST', `${path}/check`, { apiToken: token });
    expectStatus(pasted, 200);
    expect(pasted.body.token).toBe('given');
    expect(pasted.body.profileFound).toBeNull();
    expect(pasted.body.profiles.map((p: { type: string }) => p.type)).toEqual(['PERSONAL', 'BUSINESS']);
    expect(await db.select().from(s.orgWiseAccounts).where(eq(s.orgWiseAccounts.organizationId, org.org.id))).toEqual(
      [],
    );

    const { profileId } = await connectWise(org.owner, org.org.id, token);
    const view = await call(org.finance, 'GET', path);
    expect(view.body).toMatchObject({
      connected: true,
      payoutsFrom: 'organization',
      apiTokenLast4: token.slice(-4),
      profileId,
      profileType: 'BUSINESS',
    });
    expect(view.body.profileName).toMatch(/^Business /);
    expect(JSON.stringify(view.body)).not.toContain(token);
    const [row] = await db.select().from(s.orgWiseAccounts).where(eq(s.orgWiseAccounts.organizationId, org.org.id));
    expect(row!.apiTokenEncrypted).toMatch(/^v1\./);
    expect(row!.apiTokenEncrypted).not.toContain(token);

    const stored = await call(org.owner, 'POST', `${path}/check`, {});
    expectStatus(stored, 200);
    expect(stored.body).toMatchObject({ token: 'stored', profileFound: true });

    // Replacing with the same token's personal profile is a replacement, audited apart.
    const personal = pasted.body.profiles.find((p: { type: string }) => p.type === 'PERSONAL');
    expectStatus(await call(org.owner, 'PUT', path, { apiToken: token, profileId: personal.id }), 200);
    const audit = await db.select().from(s.auditLog).where(eq(s.auditLog.organizationId, org.org.id));
    const actions = audit.map((a) => a.action).filter((a) => a.startsWith('org_wise.'));
    expect(actions.sort()).toEqual(['org_wise.connected', 'org_wise.replaced']);
    expect(JSON.stringify(audit)).not.toContain(token);

    // Another advertiser sees none of it.
    const other = await createAdvertiser(db);
    expect((await call(other.finance, 'GET', `/orgs/${other.org.id}/wise`)).body).toMatchObject({ connected: false });
    expectStatus(await call(other.owner, 'GET', path), 404);
    expectStatus(await call(other.owner, 'DELETE', path), 404);
  });
});

describe('two advertisers with their own Wise accounts', () => {
  it('each quotes, sets up recipients, sends, funds and reads back with its own token and profile, never the other’s', async () => {
    const a = await createAdvertiser(db);
    const b = await createAdvertiser(db);
    const wiseA = await connectWise(a.owner, a.org.id);
    const wiseB = await connectWise(b.owner, b.org.id);
    expect(wiseA.profileId).not.toBe(wiseB.profileId);
    const batchA = await approvedWiseBatch(a, US_ACCOUNT);
    const batchB = await approvedWiseBatch(b, DE_ACCOUNT);

    // Recipients live in each advertiser's own profile.
    const recipientA = await recipientOf(batchA.payee.affiliate.id);
    const recipientB = await recipientOf(batchB.payee.affiliate.id);
    expect((await wiseAccountsOf([recipientA]))[0]!.profile).toBe(Number(wiseA.profileId));
    expect((await wiseAccountsOf([recipientB]))[0]!.profile).toBe(Number(wiseB.profileId));

    // Finance's quotes and the affiliate's fee quote come from each one's own profile (the local server answers
    // 403 for a profile the token does not own).
    const quoteA = await call(a.finance, 'GET', `/orgs/${a.org.id}/payouts/${batchA.batchId}/wise-quote`);
    expectStatus(quoteA, 200);
    expect(quoteA.body.items).toHaveLength(1);
    expectStatus(
      await call(
        b.affiliateSession,
        'GET',
        `/affiliate/orgs/${b.org.id}/wise/quote?currency=USD&targetCurrency=EUR&amountMinor=15000`,
      ),
      200,
    );

    for (const [org, batch] of [
      [a, batchA],
      [b, batchB],
    ] as const) {
      const sent = await call(org.owner, 'POST', `/orgs/${org.org.id}/payouts/${batch.batchId}/send`);
      expectStatus(sent, 200);
      expect(Object.values(sent.body.parts)).toEqual(['sent']);
    }
    const [itemA] = await itemsOf(db, batchA.batchId);
    const [itemB] = await itemsOf(db, batchB.batchId);
    const [transferA] = await wiseTransfersOf([itemA!.id]);
    const [transferB] = await wiseTransfersOf([itemB!.id]);
    // Each transfer was made and funded from its advertiser's own profile; no item touched the deployment's.
    expect(transferA).toMatchObject({ profile: Number(wiseA.profileId), funded: true, targetCurrency: 'USD' });
    expect(transferB).toMatchObject({ profile: Number(wiseB.profileId), funded: true, targetCurrency: 'EUR' });
    expect([transferA!.profile, transferB!.profile]).not.toContain(platformProfile());

    // A's state arrives by webhook and is read back with A's token; B's by polling with B's token. The local
    // server answers 404 for a transfer of another token, so either read with the wrong token would not settle.
    expect((await deliverWise(await moveWiseTransfer(transferA!.id, 'outgoing_payment_sent'))).body).toMatchObject({
      outcome: 'applied',
    });
    await moveWiseTransfer(transferB!.id, 'outgoing_payment_sent');
    await pollPayoutResults({ ctx: serviceCtx(db), input: { limit: 50 } });
    expect((await itemsOf(db, batchA.batchId))[0]!.status).toBe('success');
    expect((await itemsOf(db, batchB.batchId))[0]!.status).toBe('success');
    await ledgerOk(a);
    await ledgerOk(b);
  });

  it('an advertiser without its own account still pays from the deployment’s profile', async () => {
    const org = await createAdvertiser(db);
    const { batchId } = await approvedWiseBatch(org);
    expectStatus(await call(org.owner, 'POST', `/orgs/${org.org.id}/payouts/${batchId}/send`), 200);
    const [item] = await itemsOf(db, batchId);
    expect((await wiseTransfersOf([item!.id]))[0]).toMatchObject({ profile: platformProfile() });
  });
});

describe('disconnecting the Wise account', () => {
  it('is refused with 409 while a transfer it made is on its way, as is moving to another profile; then audited', async () => {
    const org = await createAdvertiser(db);
    const path = `/orgs/${org.org.id}/wise`;
    const mine = await connectWise(org.owner, org.org.id);
    const { batchId } = await approvedWiseBatch(org);
    expectStatus(await call(org.owner, 'POST', `/orgs/${org.org.id}/payouts/${batchId}/send`), 200);
    const [item] = await itemsOf(db, batchId);

    const refused = await call(org.owner, 'DELETE', path);
    expectStatus(refused, 409, 'wise_payouts_in_flight');
    expect(refused.body.error.details).toMatchObject({ openItems: 1 });
    const personal = mine.profiles.find((p) => p.type === 'PERSONAL')!;
    expectStatus(
      await call(org.owner, 'PUT', path, { apiToken: mine.token, profileId: personal.id }),
      409,
      'wise_payouts_in_flight',
    );
    // Keeping the profile (a rotated token of it) is fine: the transfers stay readable.
    expectStatus(await call(org.owner, 'PUT', path, { apiToken: mine.token, profileId: mine.profileId }), 200);
    expect((await call(org.finance, 'GET', path)).body).toMatchObject({ profileId: mine.profileId });

    const [transfer] = await wiseTransfersOf([item!.id]);
    await deliverWise(await moveWiseTransfer(transfer!.id, 'outgoing_payment_sent'));
    expect((await itemsOf(db, batchId))[0]!.status).toBe('success');

    expectStatus(await call(org.finance, 'DELETE', path), 403);
    expectStatus(await call(org.owner, 'DELETE', path), 204);
    expect((await call(org.finance, 'GET', path)).body).toMatchObject({ connected: false, payoutsFrom: 'platform' });
    expectStatus(await call(org.owner, 'DELETE', path), 404);
    const audit = await db.select().from(s.auditLog).where(eq(s.auditLog.organizationId, org.org.id));
    expect(audit.filter((x) => x.action === 'org_wise.disconnected')).toHaveLength(1);
    await ledgerOk(org);
  });
});
