import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ACCESS_GUARDS, type EntryVerb, entryVerbs, type SourceSet, workersSources } from './service-verbs';
import { repoRoot } from './source-imports';

// workers/services/README.md: a verb a person runs checks who may act through access/, and a verb that changes
// what someone would want to trace records an audit entry in the same transaction. This holds every writing verb
// to both, so that a new one cannot skip them unnoticed.
//
// The static rule (service-verbs.ts):
// - A verb is an exported service function that routes, queue consumers or cron jobs call through an area's index.
// - It writes when its file, or a step it calls (a function taking `{ ctx, … }` or the older ctx/db forms,
//   followed transitively), has drizzle's insert/update/delete on a db or transaction, raw INSERT INTO/UPDATE … SET/
//   DELETE FROM, or opens inTransaction. Pure helpers (SQL builders) carry nothing to their callers.
// - It records audit when it or such a step calls recordAudit; it checks access when it or such a step calls a
//   guard of services/access/ (ACCESS_GUARDS). The check must be visible in the service, not only in a route's
//   middleware: a verb must not depend on how it was reached (requirePlatformAdmin's comment). Which member role
//   may act stays the route's requireMemberRole; the verb's guard binds it to the tenant or the person.
// - Verbs only consumers and cron jobs call act for the system: no person to check, so access is not asked of
//   them; their audit is, unless waived below.
// Exceptions are waived here one by one, each with its reason; a waiver nothing needs fails too.

const OWN_ACCOUNT = "the signed-in user's own account: the route passes the session's userId";
const CREDENTIAL = 'signing in or proving an email: the credential or emailed token is the check, no one is signed in';
const SYSTEM = 'queue consumer or cron job, system actor';

interface Waiver {
  audit?: string;
  access?: string;
}

const EXCEPTIONS: Record<string, Waiver> = {
  // The person's own account and sign-in.
  'accounts/acceptInvitation': { access: 'the emailed invitation token is the grant; the user comes from the session' },
  'accounts/changePassword': { access: OWN_ACCOUNT },
  'accounts/completeTwoFactorLogin': { access: CREDENTIAL, audit: 'a sign-in, kept as the session row it opens' },
  'accounts/deleteAccount': { access: OWN_ACCOUNT },
  'accounts/disableTwoFactor': { access: OWN_ACCOUNT },
  'accounts/enableTwoFactor': { access: OWN_ACCOUNT },
  'accounts/enforceTwoFactor': {
    access: 'the middleware step that checks the signed-in actor itself',
    audit: 'only starts the 2FA grace clock on the user row',
  },
  'accounts/finishIdentityLink': { access: OWN_ACCOUNT },
  'accounts/getProfile': { access: OWN_ACCOUNT, audit: 'a read; only starts the 2FA grace clock on the user row' },
  'accounts/logIn': { access: CREDENTIAL, audit: 'a sign-in, kept as the session row it opens' },
  'accounts/refreshSession': { access: 'the refresh token is the credential' },
  'accounts/regenerateRecoveryCodes': { access: OWN_ACCOUNT },
  'accounts/requestPasswordReset': { access: CREDENTIAL, audit: 'stores a reset token; the reset itself is audited' },
  'accounts/resendVerification': { access: CREDENTIAL, audit: 'stores a verification token; nothing changes yet' },
  'accounts/resetPassword': { access: CREDENTIAL },
  'accounts/revokeSessions': {
    access: OWN_ACCOUNT,
    audit: 'signing out: the session rows keep when and why they were revoked',
  },
  'accounts/setPaypalEmail': { access: OWN_ACCOUNT },
  'accounts/setUpTwoFactor': {
    access: OWN_ACCOUNT,
    audit: 'a pending secret; it counts only once enableTwoFactor (audited) confirms it',
  },
  'accounts/undoPaypalEmailChange': { access: 'the emailed undo token is the grant' },
  'accounts/unlinkIdentity': { access: OWN_ACCOUNT },
  'accounts/updateProfile': { access: OWN_ACCOUNT },
  'accounts/verifyEmail': { access: CREDENTIAL },
  'accounts/verifyPaypalEmail': { access: 'the emailed verification token is the grant' },
  'postbacks/updatePostbackSettings': { access: OWN_ACCOUNT },
  // An affiliate's own working objects, bound to it by affiliateScope/actorId; not money, roles or settings.
  'bounties/submitBounty': { audit: "the affiliate's own submission; the advertiser's review of it is audited" },
  'campaigns/markCampaignMessageRead': { audit: 'a read receipt' },
  'creatives/prepareCreativeLink': { audit: "the affiliate's own tracking link for a creative" },
  'editions/createMyEdition': { audit: "the affiliate's own edition page" },
  'landing-pages/saveLandingDraft': { audit: 'an unpublished draft; publishing is audited' },
  'leaderboards/setMyLeaderboardMasking': { audit: "the affiliate's own display preference" },
  'links/createLink': { audit: "the affiliate's own tracking link" },
  'links/deleteLink': { audit: "the affiliate's own tracking link" },
  'links/updateLink': { audit: "the affiliate's own tracking link" },
  'notifications/createTelegramLink': { audit: "a one-time code to connect the user's own Telegram chat" },
  'notifications/markNotificationRead': { audit: 'a read receipt' },
  'notifications/updateNotificationPreferences': { audit: "the user's own notification preferences" },
  'onboarding/recordOnboardingStep': { audit: "the user's own onboarding checklist" },
  'recruitment/getMyRecruitCode': { audit: "creates the user's own referral code on first read" },
  'stripe-payouts/refreshMyStripeAccount': { audit: "copies Stripe's account status; no one's decision to trace" },
  'webhooks/sendTestWebhook': { audit: 'a test delivery; the delivery row is its record' },
  // Public or machine callers: a signature, key or token is the check.
  'apps/touchApiKey': {
    access: 'stamps the last use of the key that authenticated the request',
    audit: 'a last-used timestamp',
  },
  'campaigns/unsubscribe': {
    access: 'the signed unsubscribe link is the grant',
    audit: 'the recipient opting out; the preference row is its record',
  },
  'editions/recordEditionVisit': { access: 'public tracking write', audit: 'public tracking write' },
  'embed/acceptEmbedTerms': { access: "the embed token (issued to the advertiser's app) names the affiliate" },
  'embed/issueEmbedToken': {
    access: "the route's app API key and request signature are the check",
    audit: 'a short-lived token; its row is the record',
  },
  'embed/setEmbedPaypalEmail': { access: "the embed token (issued to the advertiser's app) names the affiliate" },
  'notifications/receiveTelegramUpdate': { access: "Telegram's webhook secret is the check" },
  'payouts/receiveStripePayoutWebhook': {
    access: "Stripe's webhook signature is the check",
    audit: "Stripe's report of a transfer; the item's status history is its record",
  },
  'payouts/receiveTremendousWebhook': {
    access: "Tremendous's webhook signature is the check",
    audit: "Tremendous's report of an order or reward; the item's status history is its record",
  },
  'payouts/receiveWiseWebhook': {
    access: "Wise's RSA signature is the check",
    audit: "Wise's report of a transfer's state; the item's status history is its record",
  },
  'payouts/sendPayoutBatch': {
    access: 'the route runs startPayoutSend first, which checks the tenant and audits; cron resumes it as system',
    audit: 'startPayoutSend records payout_batch.send_started before it',
  },
  // Queue consumers and cron jobs: rules at work on a schedule or on an event, no one's decision.
  'campaigns/runCampaigns': { audit: SYSTEM },
  'conversions/creditClickCommissions': { audit: SYSTEM },
  'discounts/syncStripeDiscounts': { audit: SYSTEM },
  'domains/pollDomains': { audit: SYSTEM },
  'email/retryEmails': { audit: SYSTEM },
  'finance/notifyBalanceCrossings': { audit: SYSTEM },
  'finance/releaseHolds': { audit: "cron: holds end at the date the program's rule set" },
  'notifications/deliverDueNotifications': { audit: SYSTEM },
  'notifications/deliverNotifications': { audit: SYSTEM },
  'notifications/recordNotifications': { audit: SYSTEM },
  'payouts/resumePayoutSends': { audit: 'cron resuming sends startPayoutSend already audited' },
  'postbacks/failPostbackDelivery': { audit: SYSTEM },
  'stats/deriveClickRollups': { audit: 'derived statistics' },
  'system/recordDeadLetters': { audit: SYSTEM },
  'webhooks/fanOutWebhooks': { audit: SYSTEM },
};

/** What a writing verb lacks that no waiver covers, as `area/verb: audit` / `area/verb: access`. */
function violations(verbs: EntryVerb[], exceptions: Record<string, Waiver>): string[] {
  const out: string[] = [];
  for (const v of verbs.filter((verb) => verb.writes)) {
    if (!v.audits && !exceptions[v.id]?.audit) out.push(`${v.id}: audit`);
    if (v.caller === 'route' && !v.checksAccess && !exceptions[v.id]?.access) out.push(`${v.id}: access`);
  }
  return out;
}

/** Waivers that nothing needs: an unknown verb, one that does not write, or a check it already makes. */
function needlessWaivers(verbs: EntryVerb[], exceptions: Record<string, Waiver>): string[] {
  const byId = new Map(verbs.map((v) => [v.id, v]));
  const out: string[] = [];
  for (const [id, waiver] of Object.entries(exceptions)) {
    const v = byId.get(id);
    if (!v?.writes) out.push(`${id}: not a writing verb`);
    else {
      if (waiver.audit && v.audits) out.push(`${id}: records audit`);
      if (waiver.access && (v.checksAccess || v.caller === 'system')) out.push(`${id}: access needs no waiver`);
    }
  }
  return out;
}

const real = workersSources();

describe('writing verbs', () => {
  const verbs = entryVerbs(real);

  test('the reading finds the verbs (not an empty pass)', () => {
    const writing = verbs.filter((v) => v.writes);
    expect(writing.length).toBeGreaterThan(150);
    expect(writing.filter((v) => v.audits).length).toBeGreaterThan(100);
    expect(writing.filter((v) => v.checksAccess).length).toBeGreaterThan(100);
  });

  test('each records audit and checks access, or is waived with its reason', () => {
    expect(violations(verbs, EXCEPTIONS)).toEqual([]);
  });

  test('the waivers are all needed', () => {
    expect(needlessWaivers(verbs, EXCEPTIONS)).toEqual([]);
  });

  test('the guards it looks for are the ones access/ exports', () => {
    const index = readFileSync(join(repoRoot, 'workers/services/access/index.ts'), 'utf8');
    for (const guard of ACCESS_GUARDS) expect(index, guard).toMatch(new RegExp(`\\b${guard}\\b`));
  });
});

describe('a planted writing verb fails', () => {
  /** The real tree plus a verb in links/, exported from its index and called by a route. */
  function planted(verb: string): SourceSet {
    const copy = new Map(real);
    copy.set('workers/services/links/plant-verb.ts', verb);
    const index = copy.get('workers/services/links/index.ts')!;
    copy.set('workers/services/links/index.ts', `${index}export { plantVerb } from './plant-verb';\n`);
    copy.set(
      'workers/api/links/plant-verb.ts',
      "import { plantVerb } from '../../services/links';\nexport const plant = (c) => plantVerb({ ctx: c.var.services(), input: undefined });\n",
    );
    return copy;
  }
  const plantedViolations = (verb: string) =>
    violations(entryVerbs(planted(verb)), EXCEPTIONS).filter((v) => v.startsWith('links/plantVerb'));
  const header = [
    "import { links } from '../../../schema';",
    "import { inTransaction, type ServiceCall } from '../../context';",
    "import { actingAdvertiser } from '../access';",
    "import { recordAudit } from '../audit';",
    "import { findMyLink } from './find-my-link';",
  ].join('\n');

  test.each([
    [
      'an insert with neither',
      'export async function plantVerb({ ctx }: ServiceCall<void>) { await ctx.db.insert(links).values({}); }',
      ['links/plantVerb: audit', 'links/plantVerb: access'],
    ],
    [
      'a transaction with audit, no guard',
      `export async function plantVerb({ ctx }: ServiceCall<void>) {
        await inTransaction(ctx, (tx) => recordAudit({ ctx: tx, input: { action: 'x', targetType: 'x', targetId: null } }));
      }`,
      ['links/plantVerb: access'],
    ],
    [
      'a raw UPDATE with a guard, no audit',
      'export async function plantVerb({ ctx }: ServiceCall<void>) { actingAdvertiser(ctx); await ctx.db.execute(sql`UPDATE affiliate.links SET x = 1`); }',
      ['links/plantVerb: audit'],
    ],
  ])('%s', (_what, body, expected) => {
    expect(plantedViolations(`${header}\n${body}\n`)).toEqual(expected);
  });

  test('a verb with both passes', () => {
    const body = `export async function plantVerb({ ctx }: ServiceCall<void>) {
      const { organizationId } = actingAdvertiser(ctx);
      await inTransaction(ctx, async (tx) => {
        await tx.db.delete(links);
        await recordAudit({ ctx: tx, input: { action: 'x', targetType: 'x', targetId: organizationId } });
      });
    }`;
    expect(plantedViolations(`${header}\n${body}\n`)).toEqual([]);
  });
});
