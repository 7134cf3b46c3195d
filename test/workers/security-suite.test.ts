import { createExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { signAccessToken } from '../../workers/domain/access-token';
import { uuidv7 } from '../../workers/contracts/ids';
import worker from '../../workers/index';
import { addMember, createAdvertiser, createStaff, type Advertiser } from '../actors';
import { call, type ApiResult } from '../api-client';
import { insertClick } from '../conversions';
import { createEdition, offerEditions } from '../editions';
import { testDb } from '../fixtures';
import { createUserSession, signInAs, type TestSession } from '../sessions';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

// The shared security suite (Unkey's runCommonRouteTests, over the OpenAPI document): every
// operation that needs a signed-in user is found in /api/openapi.json, so routes added later are
// covered without touching this file. For each one: five kinds of bad token → 401, a valid token
// does reach the route, and per route family the wrong role and the other tenant are refused.

interface OpenApiOperation {
  security?: Record<string, string[]>[];
  parameters?: { name: string; in: string; required?: boolean; schema?: { enum?: string[] } }[];
  requestBody?: {
    content?: Record<string, { schema?: { $ref?: string; required?: string[]; oneOf?: unknown[]; anyOf?: unknown[] } }>;
  };
}
interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas: Record<string, { required?: string[]; oneOf?: unknown[]; anyOf?: unknown[] }> };
}

// Fetched while the file is collected, so the operations can name the tests. A copy of env keeps
// the Worker's per-env config cache away from the real env, which useTestDatabase repoints later.
const doc = (await (
  await worker.fetch(new Request('https://api.test/api/openapi.json'), { ...env }, createExecutionContext())
).json()) as OpenApiDocument;

const HTTP_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);
/** Everything under these needs a signed-in user (app.ts); everything else is public. */
const SIGNED_IN_PREFIXES = ['/orgs', '/me', '/affiliate', '/platform'];
/** Writes finance may make under /orgs/{orgId}; any other write must refuse finance with 403. */
const FINANCE_WRITES = new Set<string>([
  'POST /orgs/{orgId}/payouts/propose',
  'POST /orgs/{orgId}/payouts/{batchId}/items/{itemId}/exclude',
  'POST /orgs/{orgId}/payouts/{batchId}/approve',
  'POST /orgs/{orgId}/payouts/{batchId}/send',
  'POST /orgs/{orgId}/payouts/{batchId}/cancel',
  // External payouts: finance confirms or fails a payment it made in the advertiser's own system.
  'POST /orgs/{orgId}/payouts/{batchId}/items/{itemId}/external-result',
  // Tax: finance keeps the advertiser's tax settings and sends payees their 1099s.
  'PUT /orgs/{orgId}/tax/settings',
  'POST /orgs/{orgId}/tax/1099/{year}/emails',
  // A read sent as POST (the proposed terms are its body); finance sees revenue, so it may backtest.
  'POST /orgs/{orgId}/programs/{programId}/backtest',
]);

type Family = 'advertiser' | 'affiliate-context' | 'platform' | 'signed-in';

interface Operation {
  method: string;
  /** Path without the /api base, with {param} placeholders. */
  path: string;
  label: string;
  op: OpenApiOperation;
  family: Family;
  write: boolean;
}

const underPrefix = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`);

function familyOf(path: string): Family {
  if (path.startsWith('/orgs/{orgId}')) return 'advertiser';
  if (path.startsWith('/affiliate/orgs/{orgId}')) return 'affiliate-context';
  if (underPrefix(path, '/platform')) return 'platform';
  return 'signed-in';
}

const operations: Operation[] = Object.entries(doc.paths).flatMap(([fullPath, item]) =>
  Object.entries(item)
    .filter(([method]) => HTTP_METHODS.has(method))
    .map(([method, op]) => {
      const path = fullPath.replace(/^\/api/, '');
      return {
        method: method.toUpperCase(),
        path,
        label: `${method.toUpperCase()} ${path}`,
        op,
        family: familyOf(path),
        write: method !== 'get',
      };
    }),
);
const signedIn = operations.filter((o) => SIGNED_IN_PREFIXES.some((p) => underPrefix(o.path, p)));
/** Operations that declare `security: []`: anyone may call them, with no credentials at all. */
const publicOps = operations.filter((o) => o.op.security?.length === 0);

/** Whether `{}` can pass body validation, so a not_found from the service can be observed. */
function emptyBodyIsValid(op: OpenApiOperation): boolean {
  const schema = op.requestBody?.content?.['application/json']?.schema;
  if (!schema) return true;
  const resolved = schema.$ref ? doc.components.schemas[schema.$ref.split('/').pop()!] : schema;
  return !!resolved && !resolved.oneOf && !resolved.anyOf && (resolved.required ?? []).length === 0;
}

// ---------------------------------------------------------------------------------------------
// The world: advertisers X and Y with every kind of row, their staff and affiliates.

let db: Db;
let close: () => Promise<void>;
let X: Advertiser;
let Y: Advertiser;
/** Path parameter values of X's rows, of Y's rows, and of another affiliate's rows inside X. */
const idsX: Record<string, string> = {};
const idsY: Record<string, string> = {};
const idsRivalInX: Record<string, string> = {};
let support: TestSession;
let platformAdmin: TestSession;
/** Affiliate enrolled only with Y. */
let affiliateOfY: TestSession;
/** Second owner of X, for the valid-token controls (so X's own staff are never logged out). */
let controlOwnerId: string;
let platformControlId: string;

async function rowsOf(a: Advertiser, ids: Record<string, string>) {
  const org = `/orgs/${a.org.id}`;
  const key = await call(a.owner, 'POST', `${org}/apps/${a.app.id}/api-keys`, { name: 'suite' });
  const creative = await call(a.owner, 'POST', `${org}/programs/${a.program.id}/creatives`, {
    kind: 'text_link',
    name: 'suite',
    body: 'Try it',
  });
  const link = await call(a.affiliateSession, 'POST', `/affiliate/orgs/${a.org.id}/links`, {
    enrollmentId: a.enrollment.id,
    name: 'suite',
  });
  const spare = await addMember(db, a.org.id, 'admin');
  const [invitation] = await db
    .insert(s.invitations)
    .values({
      organizationId: a.org.id,
      email: `invitee-${uuidv7()}@example.com`,
      role: 'admin',
      tokenHash: `suite-${uuidv7()}`,
      expiresAt: new Date(Date.now() + 86_400_000),
    })
    .returning();
  const registrationLink = await call(a.owner, 'POST', `${org}/registration-links`, { label: 'suite' });
  // A draft campaign, and a sent one whose message the affiliate holds.
  const message = { name: 'suite', en: { subject: 'Suite', body: 'Hello' } };
  const campaign = await call(a.owner, 'POST', `${org}/campaigns`, message);
  const sent = await call(a.owner, 'POST', `${org}/campaigns`, message);
  for (const r of [key, creative, link, registrationLink, campaign, sent])
    expect(r.status, JSON.stringify(r.body)).toBe(201);
  expect((await call(a.owner, 'POST', `${org}/campaigns/${sent.body.id}/start`, {})).status).toBe(200);
  const [delivered] = await db
    .select({ id: s.campaignRecipients.id })
    .from(s.campaignRecipients)
    .where(eq(s.campaignRecipients.campaignId, sent.body.id));
  // A custom domain row without Cloudflare: every refusal here happens before Cloudflare is asked.
  const [domain] = await db
    .insert(s.customDomains)
    .values({ organizationId: a.org.id, hostname: `suite-${uuidv7()}.example.com`, purpose: 'tracking' })
    .returning();
  const click = await insertClick(db, a);
  // A submission bounty with one submission: the control's DELETE then meets bounty_in_use, not an empty table.
  const bounty = await call(a.owner, 'POST', `${org}/bounties`, {
    programId: a.program.id,
    kind: 'submission',
    name: 'suite',
    bonus: { amountMinor: 100, currency: a.program.currency },
    startsAt: new Date(Date.now() - 86_400_000).toISOString(),
    endsAt: new Date(Date.now() + 86_400_000).toISOString(),
  });
  expect(bounty.status, JSON.stringify(bounty.body)).toBe(201);
  const submission = await call(
    a.affiliateSession,
    'POST',
    `/affiliate/orgs/${a.org.id}/bounties/${bounty.body.id}/submissions`,
    {
      url: 'https://blog.example/review',
    },
  );
  expect(submission.status, JSON.stringify(submission.body)).toBe(201);
  // Branded editions offered on the app, and a draft edition of the advertiser's affiliate.
  await offerEditions(a.owner, { orgId: a.org.id, appId: a.app.id, programId: a.program.id });
  const edition = await createEdition(a.affiliateSession, { orgId: a.org.id, appId: a.app.id }, { name: 'Suite One' });
  // A W-9 the tenant's affiliate signed for it: its PDF is the tenant's, never the other's.
  const taxForm = await call(a.affiliateSession, 'POST', `/affiliate/orgs/${a.org.id}/tax/forms`, {
    kind: 'w9',
    legalName: 'Suite Payee',
    taxClassification: 'individual',
    country: 'US',
    addressLine: '1 Main St',
    city: 'Austin',
    region: 'TX',
    postalCode: '78701',
    tinType: 'ssn',
    tin: '123-45-6789',
    signatureName: 'Suite Payee',
    certified: true,
  });
  expect(taxForm.status, JSON.stringify(taxForm.body)).toBe(201);
  Object.assign(ids, {
    editionId: edition.id,
    // The message threads' routes name the affiliate: Y's under X must be not_found.
    affiliateId: a.affiliate.id,
    formId: taxForm.body.id,
    year: '2026',
    bountyId: bounty.body.id,
    submissionId: submission.body.id,
    clickId: click.id,
    orgId: a.org.id,
    appId: a.app.id,
    keyId: key.body.id,
    programId: a.program.id,
    creativeId: creative.body.id,
    enrollmentId: a.enrollment.id,
    linkId: link.body.id,
    userId: spare.userId,
    invitationId: invitation!.id,
    registrationLinkId: registrationLink.body.id,
    domainId: domain!.id,
    campaignId: campaign.body.id,
    messageId: delivered!.id,
    // A step every default onboarding path has, so the control reaches the step itself.
    stepId: 'brief',
  });
}

beforeAll(async () => {
  ({ db, close } = testDb());
  [X, Y] = await Promise.all([createAdvertiser(db), createAdvertiser(db)]);
  await rowsOf(X, idsX);
  await rowsOf(Y, idsY);
  [support, platformAdmin] = await Promise.all([createStaff(db, 'support'), createStaff(db, 'platform_admin')]);
  affiliateOfY = Y.affiliateSession;
  controlOwnerId = (await addMember(db, X.org.id, 'owner')).userId;
  platformControlId = (await createStaff(db, 'platform_admin')).userId;
  // Another affiliate inside X, with its own enrollment and link.
  const rival = await createUserSession(db, { approvedAffiliate: true });
  const [enrollment] = await db
    .insert(s.enrollments)
    .values({
      programId: X.program.id,
      affiliateId: rival.userId,
      organizationId: X.org.id,
      status: 'active',
      refCode: `RIV${uuidv7().slice(-8)}`,
    })
    .returning();
  const link = await call(rival, 'POST', `/affiliate/orgs/${X.org.id}/links`, {
    enrollmentId: enrollment!.id,
    name: 'rival',
  });
  const rivalClick = await insertClick(db, X, { enrollmentId: enrollment!.id, affiliateId: rival.userId });
  const rivalEdition = await createEdition(rival, { orgId: X.org.id, appId: X.app.id }, { name: 'Rival Shop' });
  // A campaign message addressed to the rival, which X's own affiliate must not mark read.
  const [rivalMessage] = await db
    .insert(s.campaignRecipients)
    .values({
      campaignId: idsX.campaignId!,
      organizationId: X.org.id,
      affiliateId: rival.userId,
      language: 'en',
      state: 'sent',
      deliveredAt: new Date(),
    })
    .returning();
  const rivalForm = await call(rival, 'POST', `/affiliate/orgs/${X.org.id}/tax/forms`, {
    kind: 'w8ben',
    legalName: 'Rival Payee',
    country: 'DE',
    addressLine: 'Hauptstr. 1',
    city: 'Berlin',
    postalCode: '10115',
    tinType: 'foreign',
    tin: 'DE12345678',
    signatureName: 'Rival Payee',
    certified: true,
  });
  expect(rivalForm.status, JSON.stringify(rivalForm.body)).toBe(201);
  Object.assign(idsRivalInX, {
    ...idsX,
    formId: rivalForm.body.id,
    clickId: rivalClick.id,
    editionId: rivalEdition.id,
    enrollmentId: enrollment!.id,
    linkId: link.body.id,
    programId: Y.program.id,
    creativeId: idsY.creativeId!,
    messageId: rivalMessage!.id,
  });
});
afterAll(() => close());

// ---------------------------------------------------------------------------------------------
// Requests

/** The path with each {param} replaced: known ids from `ids`, the first enum value, else a fresh id. */
function fill(o: Operation, ids: Record<string, string>): string {
  const path = o.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const enumValue = o.op.parameters?.find((p) => p.in === 'path' && p.name === name)?.schema?.enum?.[0];
    return encodeURIComponent(ids[name] ?? enumValue ?? uuidv7());
  });
  // A required query parameter (the search's text) gets a value, so the request reaches the tenancy checks.
  const query = (o.op.parameters ?? [])
    .filter((p) => p.in === 'query' && p.required)
    .map((p) => `${p.name}=${encodeURIComponent(p.schema?.enum?.[0] ?? 'suite')}`);
  return query.length > 0 ? `${path}?${query.join('&')}` : path;
}

const bodyFor = (o: Operation) => (o.op.requestBody ? {} : undefined);

function send(o: Operation, who: TestSession | null, ids: Record<string, string> = idsX): Promise<ApiResult> {
  return call(who, o.method, fill(o, ids), bodyFor(o));
}

function withToken(o: Operation, token: string): Promise<ApiResult> {
  return call(null, o.method, fill(o, idsX), bodyFor(o), { authorization: `Bearer ${token}` });
}

/** A live session family for `userId` (the row authenticate checks), for hand-made tokens. */
async function liveFamily(userId: string): Promise<string> {
  const familyId = uuidv7();
  await db
    .insert(s.refreshTokens)
    .values({ userId, familyId, tokenHash: `suite-${uuidv7()}`, expiresAt: new Date(Date.now() + 86_400_000) });
  return familyId;
}

const b64url = (text: string) => btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const fromB64url = (part: string) => atob(part.replace(/-/g, '+').replace(/_/g, '/'));

/** Who may legitimately call the operation: the valid-token control uses this user. */
function rightfulUser(o: Operation): Promise<string> | string {
  if (o.family === 'advertiser') return controlOwnerId;
  if (o.family === 'affiliate-context') return X.affiliate.id;
  if (o.family === 'platform') return platformControlId;
  // A throwaway user: /me operations may change or end its sessions.
  return createUserSession(db, { approvedAffiliate: true }).then((u) => u.userId);
}

function expectCode(result: ApiResult, status: number, code: string, why: string): void {
  const body = JSON.stringify(result.body);
  expect(result.status, `${why}: ${body}`).toBe(status);
  expect((result.body as { error?: { code?: string } })?.error?.code, `${why}: ${body}`).toBe(code);
}

// ---------------------------------------------------------------------------------------------

describe('the OpenAPI document', () => {
  it('lists the operations this suite runs over (so it can never pass empty)', () => {
    const labels = signedIn.map((o) => o.label);
    expect(labels.length).toBeGreaterThanOrEqual(45);
    expect(labels).toEqual(
      expect.arrayContaining([
        'GET /orgs',
        'POST /orgs',
        'PATCH /orgs/{orgId}',
        'POST /orgs/{orgId}/apps/{appId}/api-keys/{keyId}/rotate',
        'PATCH /orgs/{orgId}/programs/{programId}',
        'POST /orgs/{orgId}/enrollments/{enrollmentId}/{action}',
        'POST /affiliate/programs/{programId}/apply',
        'DELETE /affiliate/orgs/{orgId}/links/{linkId}',
        'GET /platform/audit-log',
        'GET /me',
        'GET /me/deletion',
        'POST /me/delete',
      ]),
    );
  });

  it('declares bearer security on every operation under /orgs, /me, /affiliate and /platform', () => {
    const missing = signedIn.filter((o) => !o.op.security?.some((req) => 'bearer' in req)).map((o) => o.label);
    expect(missing).toEqual([]);
  });

  it('declares security on every operation: bearer, a signature or key scheme, or security: [] when public', () => {
    expect(operations.filter((o) => o.op.security === undefined).map((o) => o.label)).toEqual([]);
    // Every operation is either in the signed-in families this suite attacks, or declares why not.
    const outside = operations.filter((o) => !signedIn.includes(o));
    expect(outside.filter((o) => o.op.security?.some((req) => 'bearer' in req)).map((o) => o.label)).toEqual([]);
    expect(publicOps.filter((o) => signedIn.includes(o)).map((o) => o.label)).toEqual([]);
    expect(publicOps.map((o) => o.label)).toEqual(
      expect.arrayContaining(['GET /health', 'POST /auth/login', 'GET /join-links/{code}', 'GET /uploads/{key}']),
    );
  });
});

// Public operations need no token: without one, none of them answers the missing-token 401.
describe.each(publicOps)('$label (public)', (o) => {
  it('answers without any credentials, never 401 unauthorized', async () => {
    const res = await send(o, null);
    expect(res.status, JSON.stringify(res.body)).toBeLessThan(500);
    expect((res.body as { error?: { code?: string } } | null)?.error?.code).not.toBe('unauthorized');
  });
});

describe.each(signedIn)('$label', (o) => {
  describe('authentication', () => {
    it('answers 401 without a token, and with a malformed Authorization header', async () => {
      expectCode(await send(o, null), 401, 'unauthorized', 'no token');
      expectCode(
        await call(null, o.method, fill(o, idsX), bodyFor(o), { authorization: 'Basic dXNlcjpwYXNz' }),
        401,
        'unauthorized',
        'basic auth',
      );
    });

    it('answers 401 to an expired token', async () => {
      const userId = await rightfulUser(o);
      const token = await signAccessToken(
        { userId, sessionId: await liveFamily(userId) },
        env.JWT_SECRET,
        new Date(Date.now() - 3_600_000),
      );
      expectCode(await withToken(o, token), 401, 'unauthorized', 'expired');
    });

    it('answers 401 to a tampered token: alg none, wrong key, edited claims', async () => {
      const userId = await rightfulUser(o);
      const sessionId = await liveFamily(userId);
      const valid = await signAccessToken({ userId, sessionId }, env.JWT_SECRET, new Date());
      const [, payload, signature] = valid.split('.');
      const algNone = `${b64url(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${payload}.`;
      expectCode(await withToken(o, algNone), 401, 'unauthorized', 'alg none');
      const wrongKey = await signAccessToken(
        { userId, sessionId },
        'not-the-server-secret-but-long-enough-0123456789',
        new Date(),
      );
      expectCode(await withToken(o, wrongKey), 401, 'unauthorized', 'wrong key');
      const claims = JSON.parse(fromB64url(payload!)) as Record<string, unknown>;
      const someoneElse = claims.sub === platformControlId ? controlOwnerId : platformControlId;
      const edited = `${valid.split('.')[0]}.${b64url(JSON.stringify({ ...claims, sub: someoneElse }))}.${signature}`;
      expectCode(await withToken(o, edited), 401, 'unauthorized', 'edited claims');
    });

    it('answers 401 when the session family was revoked (logout everywhere)', async () => {
      const userId = await rightfulUser(o);
      const sessionId = await liveFamily(userId);
      const token = await signAccessToken({ userId, sessionId }, env.JWT_SECRET, new Date());
      await db
        .update(s.refreshTokens)
        .set({ revokedAt: new Date(), revokedReason: 'logout' })
        .where(eq(s.refreshTokens.familyId, sessionId));
      expectCode(await withToken(o, token), 401, 'unauthorized', 'revoked session');
    });

    it('lets a valid token of the rightful user through authentication (control)', async () => {
      const userId = await rightfulUser(o);
      const token = await signAccessToken({ userId, sessionId: await liveFamily(userId) }, env.JWT_SECRET, new Date());
      const res = await withToken(o, token);
      expect(res.status, JSON.stringify(res.body)).not.toBe(401);
      expect(res.status, JSON.stringify(res.body)).not.toBe(500);
      expect(JSON.stringify(res.body)).not.toMatch(/No route for/);
    });
  });

  if (o.family === 'advertiser') {
    describe('advertiser context', () => {
      it("is not_found to an affiliate of the organization and to another tenant's owner", async () => {
        expectCode(await send(o, X.affiliateSession), 404, 'not_found', 'affiliate on /orgs');
        expectCode(await send(o, Y.owner), 404, 'not_found', 'member of Y on X');
        expectCode(await send(o, affiliateOfY), 404, 'not_found', "Y's affiliate on X");
      });

      if (o.write) {
        it('is forbidden to support staff, and to finance unless allow-listed', async () => {
          expectCode(await send(o, support), 403, 'forbidden', 'support on a write');
          if (!FINANCE_WRITES.has(o.label))
            expectCode(await send(o, X.finance), 403, 'forbidden', 'finance on a write');
        });
      }

      // {year} names a period, not a row: every tenant has its own 2026.
      const foreignParams = (o.path.match(/\{(\w+)\}/g) ?? []).filter(
        (p) => p !== '{orgId}' && p !== '{action}' && p !== '{year}',
      );
      if (foreignParams.length > 0 && emptyBodyIsValid(o.op)) {
        it("answers not_found for the other tenant's rows under the caller's own organization", async () => {
          const ids = { ...idsY, orgId: X.org.id };
          expectCode(await send(o, X.owner, ids), 404, 'not_found', `Y's ${foreignParams.join(', ')} under X`);
        });
      }
    });
  }

  if (o.family === 'affiliate-context') {
    describe('affiliate context', () => {
      it("is not_found to the advertiser's own staff and to another advertiser's affiliate", async () => {
        expectCode(await send(o, X.owner), 404, 'not_found', 'advertiser staff in the affiliate context');
        expectCode(await send(o, affiliateOfY), 404, 'not_found', "Y's affiliate in X's context");
      });

      const foreignParams = (o.path.match(/\{(\w+)\}/g) ?? []).filter((p) => p !== '{orgId}' && p !== '{year}');
      if (foreignParams.length > 0 && emptyBodyIsValid(o.op)) {
        it("answers not_found for another affiliate's rows and another advertiser's, in the caller's own context", async () => {
          expectCode(
            await send(o, X.affiliateSession, idsRivalInX),
            404,
            'not_found',
            `another's ${foreignParams.join(', ')}`,
          );
        });
      }
    });
  }

  // Support staff are read-only on every route but their own account's (/me).
  if (o.write && o.family !== 'advertiser' && o.family !== 'platform') {
    describe('support staff', () => {
      if (underPrefix(o.path, '/me')) {
        it('may still change its own account', async () => {
          const own = await createStaff(db, 'support');
          const res = await send(o, own);
          expect(res.status, JSON.stringify(res.body)).not.toBe(403);
          expect(res.status, JSON.stringify(res.body)).not.toBe(500);
        });
      } else {
        it('is forbidden (read-only)', async () => {
          expectCode(await send(o, support), 403, 'forbidden', 'support on a write');
        });
      }
    });
  }

  // The affiliate surface outside an advertiser's context is for affiliate accounts only; inside
  // one (affiliate-context above) staff without an enrollment already get not_found.
  if (o.family === 'signed-in' && underPrefix(o.path, '/affiliate')) {
    describe('affiliate account', () => {
      it('is not_affiliate to advertiser staff and platform staff', async () => {
        for (const [who, label] of [
          [X.owner, 'owner'],
          [X.admin, 'admin'],
          [X.finance, 'finance'],
          [platformAdmin, 'platform admin'],
        ] as const) {
          expectCode(await send(o, who), 403, 'not_affiliate', label);
        }
      });
    });
  }

  if (o.family === 'platform') {
    describe('platform', () => {
      it('is not_found to advertiser owners and affiliates', async () => {
        expectCode(await send(o, X.owner), 404, 'not_found', 'owner on /platform');
        expectCode(await send(o, X.affiliateSession), 404, 'not_found', 'affiliate on /platform');
      });

      if (o.write) {
        it('is forbidden to support staff (read-only)', async () => {
          expectCode(await send(o, support), 403, 'forbidden', 'support on a platform write');
        });
      } else {
        it('is open to support staff and platform admins', async () => {
          expect((await send(o, support)).status).toBe(200);
          expect((await send(o, platformAdmin)).status).toBe(200);
        });
      }
    });
  }
});

it('keeps signInAs sessions usable after the suite (revocations only hit their own families)', async () => {
  const fresh = await signInAs(db, X.owner.userId);
  expect((await call(fresh, 'GET', `/orgs/${X.org.id}`)).status).toBe(200);
});
