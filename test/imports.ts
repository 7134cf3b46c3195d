import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import * as s from '../schema';
import type { Db } from '../workers/db/client';
import { checkLedger } from '../workers/services/finance';
import { advanceImports } from '../workers/services/imports';
import type { Advertiser } from './actors';
import { call, expectStatus } from './api-client';
import { serviceCtx } from './conversions';
import { workerFetch } from './worker-fetch';

// What the import tests share: the local source server's controls (dev/import-sources-server.ts),
// a cron driver, an old link's client-side click, and the scenario every API source goes through.

/** The local source server's origin (every source's base URL starts with it). */
export const sourcesUrl = () =>
  (env as unknown as { REWARDFUL_API_BASE_URL: string }).REWARDFUL_API_BASE_URL.replace(/\/rewardful\/v1$/, '');

let seq = 0;
/** A suffix that keeps each test's codes, emails and tokens apart from every other's. */
export const tag = () => `${Date.now().toString(36)}${(seq++).toString(36)}`;

export async function control(path: 'datasets' | 'faults', body: unknown) {
  const res = await fetch(`${sourcesUrl()}/__control/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(201);
}

/** Steps the cron would take, at `now`, until the job reaches one of `statuses` or nothing is left to do then. */
export function importDriver(db: Db) {
  return async (jobId: string, statuses: string[], now = new Date()) => {
    for (let i = 0; i < 400; i++) {
      const [job] = await db.select().from(s.importJobs).where(eq(s.importJobs.id, jobId));
      if (statuses.includes(job!.status)) return job!;
      const { steps } = await advanceImports({ ctx: serviceCtx(db, now), input: { maxSteps: 5 } });
      if (steps === 0) return job!;
    }
    throw new Error('the import did not settle');
  };
}

/** An old link's visit on the advertiser's site, as /aff-click.js reports it: the tracker's answer. */
export function reportOldLink(param: string, code: string): Promise<Response> {
  return workerFetch('https://track.example/client-click', {
    method: 'POST',
    headers: {
      'content-type': 'text/plain;charset=UTF-8',
      origin: 'https://app.example',
      'user-agent':
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36',
      'cf-connecting-ip': '198.19.77.1',
    },
    body: JSON.stringify({
      param,
      code,
      url: `https://app.example/pricing?${param}=${encodeURIComponent(code)}`,
      referrer: null,
    }),
    cf: { country: 'US' },
  } as RequestInit);
}

/** An old link's accepted visit: answers the click's id. */
export async function oldLinkClick(param: string, code: string): Promise<string> {
  const res = await reportOldLink(param, code);
  expect(res.status).toBe(201);
  return ((await res.json()) as { clickId: string }).clickId;
}

/** An API source's account, seeded on the local server, and what its import must come to. */
export interface SourceCase {
  db: Db;
  acme: Advertiser;
  other: Advertiser;
  source: 'firstpromoter' | 'tolt' | 'partnerstack';
  token: string;
  /** The records, in the source's own shape, served a few to a page. */
  resources: Record<string, Record<string, unknown>[]>;
  pageSize: number;
  /** The affiliates' list path and its second page (page number or cursor): it fails once with a 500. */
  affiliates: { path: string; secondPage: string };
  /** The commissions' list path: it answers 429 once, asking for 30 s. */
  commissionsPath: string;
  /** Tolt's link parameter, when not its default. */
  referralParam?: string;
  /**
   * The parameter old links carry and one imported affiliate's value in it: its ref code, or what
   * encodes it (`refCode`, when the link does not carry the code as written).
   */
  oldLink: { param: string; code: string; refCode?: string };
  /** The dry run's counts per kind. */
  planned: Record<string, Record<string, number>>;
  /** The source's own checks once the run completed (statuses, amounts, due dates). */
  afterRun: (jobId: string) => Promise<void>;
}

/**
 * Dry run with a failing page and a 429, run, rerun (nothing twice), an old link crediting the
 * imported affiliate, and another advertiser importing the same account (every code is taken).
 */
export async function importThroughApi(c: SourceCase): Promise<void> {
  const { db, acme, other } = c;
  const drive = importDriver(db);
  await control('datasets', { source: c.source, token: c.token, resources: c.resources, pageSize: c.pageSize });
  await control('faults', {
    token: c.token,
    path: c.affiliates.path,
    page: c.affiliates.secondPage,
    status: 500,
    times: 1,
  });
  await control('faults', { token: c.token, path: c.commissionsPath, status: 429, retryAfter: '30', times: 1 });
  const body = { source: c.source, token: c.token, programId: acme.program.id, referralParam: c.referralParam };
  const created = await call(acme.owner, 'POST', `/orgs/${acme.org.id}/imports`, body);
  expectStatus(created, 201);
  const jobId = created.body.id as string;
  const t0 = new Date();
  const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

  // The first page is kept; the second fails: the job waits with its cursor there, then resumes.
  let job = await drive(jobId, [], t0);
  expect(job).toMatchObject({ status: 'fetching', failures: 1 });
  expect(job.lastError).toContain('500');
  job = await drive(jobId, [], at(120));
  // The 429: the wait the source asked for is kept, and nothing runs before it.
  expect(job.status).toBe('fetching');
  expect(job.notBefore!.getTime()).toBe(at(150).getTime());
  expect((await advanceImports({ ctx: serviceCtx(db, at(149)), input: { maxSteps: 1 } })).steps).toBe(0);
  job = await drive(jobId, ['planned'], at(150));
  expect(job.status).toBe('planned');
  expect(job.summary).toMatchObject(c.planned);

  expectStatus(await call(acme.owner, 'POST', `/orgs/${acme.org.id}/imports/${jobId}/run`), 200);
  job = await drive(jobId, ['completed'], at(200));
  expect(job.status).toBe('completed');
  const [program] = await db.select().from(s.programs).where(eq(s.programs.id, acme.program.id));
  expect(program!.referralParams).toContain(c.oldLink.param);
  await c.afterRun(jobId);
  const lines = async () =>
    (await db.select().from(s.commissions).where(eq(s.commissions.organizationId, acme.org.id))).length;
  const linesBefore = await lines();

  // The same account again: every record is a skip and nothing is booked twice.
  const again = await call(acme.owner, 'POST', `/orgs/${acme.org.id}/imports`, body);
  await drive(again.body.id, ['planned']);
  expectStatus(await call(acme.owner, 'POST', `/orgs/${acme.org.id}/imports/${again.body.id}/run`), 200);
  const second = await drive(again.body.id, ['completed']);
  for (const kind of Object.keys(c.planned)) {
    expect(second.summary[kind]!.create, kind).toBeUndefined();
    expect(second.summary[kind]!.skip, kind).toBeGreaterThan(0);
  }
  expect(await lines()).toBe(linesBefore);

  // An old link on the advertiser's site still credits the imported affiliate.
  const refCode = c.oldLink.refCode ?? c.oldLink.code;
  const [enrollment] = await db.select().from(s.enrollments).where(eq(s.enrollments.refCode, refCode));
  expect(enrollment?.organizationId).toBe(acme.org.id);
  const clickId = await oldLinkClick(c.oldLink.param, c.oldLink.code);
  const clickOf = async () => {
    const [click] = await db.select().from(s.clicks).where(eq(s.clicks.id, clickId));
    return click && { enrollmentId: click.enrollmentId, code: click.code };
  };
  // Recorded under the ref code the link named.
  await expect.poll(clickOf, { timeout: 10_000 }).toEqual({ enrollmentId: enrollment!.id, code: refCode });

  // Another advertiser importing the same account sees nothing of the first's, and every code is taken.
  expectStatus(await call(other.owner, 'GET', `/orgs/${other.org.id}/imports/${jobId}`), 404, 'not_found');
  const theirs = await call(other.owner, 'POST', `/orgs/${other.org.id}/imports`, {
    ...body,
    programId: other.program.id,
  });
  const theirPlan = await drive(theirs.body.id, ['planned']);
  const affiliates = c.planned.affiliate!.total!;
  expect(theirPlan.summary.affiliate).toMatchObject({ total: affiliates, conflict: affiliates });
  expect((await checkLedger({ ctx: serviceCtx(db), input: { organizationId: acme.org.id } })).discrepancies).toEqual(
    [],
  );
}
