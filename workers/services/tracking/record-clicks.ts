import type { ServiceCall, ServiceContext } from '../../context';
import { decideClickStatus, type ResolvedCode } from '../../domain/click-status';
import { BoundedMemo } from '../../domain/bounded-memo';
import { type Device, parseUserAgent } from '../../domain/parse-user-agent';
import type { ClickMessage } from '../../contracts/click-message';
import {
  loadClickAllowances,
  overPlanClicks,
  rememberClickCounters,
  roomForEveryClick,
  type UsageAfterBatch,
  warnClickUsage,
} from '../plans';
import { hashFingerprints } from './hash-fingerprints';
import {
  type ClickColumns,
  insertClicks,
  insertClicksValues,
  LATE_REFUSAL,
  PLAN_REFUSAL,
  type RollupMode,
} from './insert-clicks-statement';
import { resolveCodes } from './resolve-codes';

// A batch repeats few distinct user agents, and so do the batches an isolate consumes.
const devices = new BoundedMemo<string, Device>(5_000);

const HOUR_MS = 3_600_000;
/** How far ahead of this isolate's clock the click-rollups job may already have summed an hour. */
const LATE_MARGIN_MS = 5 * 60_000;
/**
 * Whether the click-rollups job runs here (the last statement saw click_rollups_derived): then a
 * batch whose clicks all fall in the current hour, or later, cannot hold a late click, and its
 * statement leaves the rollups out (the job sums the hour once it passes). Until a statement has
 * seen the job, every batch is written with them.
 */
let derivedSeen = false;

/** Whether a batch may hold clicks of an hour the click-rollups job has summed (or it never ran). */
function rollupMode(clickedAt: string[], now: number): RollupMode {
  if (!derivedSeen) return 'may_be_late';
  const earliest = Math.min(...clickedAt.map((t) => Date.parse(t)));
  return earliest < Math.floor((now + LATE_MARGIN_MS) / HOUR_MS) * HOUR_MS ? 'may_be_late' : 'on_time';
}

/** Codes the edge could not resolve: form 1 ref codes and form 3 slugs without an enrollment. */
function unresolved(clicks: ClickMessage[]) {
  const refCodes = new Set<string>();
  const slugs = new Set<string>();
  for (const c of clicks) {
    if (!c.code || c.enrollmentId) continue;
    if (c.form === 'aff_path') refCodes.add(c.code);
    if (c.form === 'short_link') slugs.add(c.code);
  }
  return { refCodes: [...refCodes], slugs: [...slugs] };
}

function toColumns(
  clicks: ClickMessage[],
  fingerprints: (string | null)[],
  codeOf: (c: ClickMessage) => ResolvedCode | undefined,
): ClickColumns {
  const cols: ClickColumns = {
    id: [],
    clickedAt: [],
    linkForm: [],
    code: [],
    status: [],
    rejectReason: [],
    organizationId: [],
    appId: [],
    programId: [],
    enrollmentId: [],
    affiliateId: [],
    linkId: [],
    ip: [],
    userAgent: [],
    referrer: [],
    country: [],
    region: [],
    city: [],
    asn: [],
    deviceType: [],
    os: [],
    browser: [],
    fingerprint: [],
    sub: [],
    landingUrl: [],
    isBot: [],
  };
  clicks.forEach((m, i) => {
    const code = m.enrollmentId ? undefined : codeOf(m);
    const verdict = decideClickStatus(m, code);
    const device = parseUserAgent(m.userAgent, devices);
    cols.id.push(m.id);
    cols.clickedAt.push(new Date(m.at).toISOString());
    cols.linkForm.push(m.form);
    cols.code.push(m.code);
    cols.status.push(verdict.status);
    cols.rejectReason.push(verdict.rejectReason);
    cols.organizationId.push(m.organizationId ?? code?.organizationId ?? null);
    cols.appId.push(m.appId ?? code?.appId ?? null);
    cols.programId.push(m.programId ?? code?.programId ?? null);
    cols.enrollmentId.push(m.enrollmentId ?? code?.enrollmentId ?? null);
    cols.affiliateId.push(m.affiliateId ?? code?.affiliateId ?? null);
    cols.linkId.push(m.linkId ?? code?.linkId ?? null);
    cols.ip.push(m.ip);
    cols.userAgent.push(m.userAgent);
    cols.referrer.push(m.referrer);
    cols.country.push(m.country);
    cols.region.push(m.region);
    cols.city.push(m.city);
    cols.asn.push(m.asn);
    cols.deviceType.push(device.deviceType);
    cols.os.push(device.os);
    cols.browser.push(device.browser);
    cols.fingerprint.push(fingerprints[i]!);
    cols.sub.push(m.sub);
    cols.landingUrl.push(m.landingUrl);
    cols.isBot.push(m.isBot);
  });
  return cols;
}

/** The batch's accepted clicks of a known organization (null for the others), as the plan counts them. */
function countedClicks(cols: ClickColumns): ({ organizationId: string; at: string } | null)[] {
  return cols.status.map((status, i) => {
    const organizationId = cols.organizationId[i];
    return status === 'accepted' && organizationId ? { organizationId, at: cols.clickedAt[i]! } : null;
  });
}

/**
 * Accepted clicks past their organization's monthly plan limit plus the grace margin become
 * rejected `over_plan`: stored, counted, shown in the click log, never attributed. The edge
 * already redirected them. One query, and only for batches with accepted clicks.
 */
async function markOverPlan(ctx: ServiceContext, cols: ClickColumns, counted: ReturnType<typeof countedClicks>) {
  const present = counted.filter((c) => c !== null);
  if (present.length === 0) return;
  const allowances = await loadClickAllowances({ ctx, input: { clicks: present } });
  if (allowances.size === 0) return;
  overPlanClicks(counted, allowances, ctx.config.PLAN_CLICK_GRACE_PERCENT).forEach((over, i) => {
    if (!over) return;
    cols.status[i] = 'rejected';
    cols.rejectReason[i] = 'over_plan';
  });
}

const refused = (err: unknown, reason: string) => String((err as Error)?.message).includes(reason);

/** The batch's one statement, in the rollup mode its clicks allow (again with the rollups, should the job have summed an hour meanwhile). */
async function writeBatch(ctx: ServiceContext, cols: ClickColumns, checkPlan: boolean) {
  const mode = rollupMode(cols.clickedAt, Date.now());
  const values = insertClicksValues(cols, { check: checkPlan, gracePercent: ctx.config.PLAN_CLICK_GRACE_PERCENT });
  return insertClicks[mode](ctx.db, values).catch((err: unknown) => {
    // The job summed an hour of this batch after all (a clock ahead of ours): write it with them.
    if (mode === 'may_be_late' || !refused(err, LATE_REFUSAL)) throw err;
    derivedSeen = false;
    return insertClicks.may_be_late(ctx.db, values);
  });
}

/**
 * Writes a batch of clicks in one statement (with the rollups of late ones). Redelivery of any
 * message is harmless: the click's (id, clicked_at) conflicts, and only new rows count further.
 *
 * Plan limits: a batch whose organizations this isolate last saw with room for all of its clicks goes
 * unmarked, without the allowances query, and the statement checks the counters under their row locks;
 * should one end past the grace margin after all (another isolate's batches, a lowered limit), the
 * statement refuses and the batch is marked from fresh allowances and written again. Any other batch
 * is marked first, as always.
 */
export async function recordClicks({
  ctx,
  input,
}: ServiceCall<{ clicks: ClickMessage[] }>): Promise<{ inserted: number }> {
  if (input.clicks.length === 0) return { inserted: 0 };
  const [{ byRefCode, bySlug }, fingerprints] = await Promise.all([
    resolveCodes({ ctx, input: unresolved(input.clicks) }),
    hashFingerprints(input.clicks),
  ]);
  const codeOf = (m: ClickMessage) => (m.code ? (m.form === 'short_link' ? bySlug : byRefCode).get(m.code) : undefined);
  const cols = toColumns(input.clicks, fingerprints, codeOf);
  const counted = countedClicks(cols);
  const unmarked = roomForEveryClick(counted, ctx.config.PLAN_CLICK_GRACE_PERCENT);
  if (!unmarked) await markOverPlan(ctx, cols, counted);
  const result = await writeBatch(ctx, cols, unmarked).catch(async (err: unknown) => {
    if (!unmarked || !refused(err, PLAN_REFUSAL)) throw err;
    // The refused statement changed nothing; the retry's counters replace the stale ones.
    await markOverPlan(ctx, cols, counted);
    return writeBatch(ctx, cols, false);
  });
  const row = result.rows[0] as { inserted: number; usage: UsageAfterBatch[] | null; derived: boolean } | undefined;
  if (row) derivedSeen = row.derived;
  if (row?.usage?.length) {
    rememberClickCounters(row.usage);
    await warnClickUsage({ ctx, input: { usage: row.usage } });
  }
  return { inserted: row?.inserted ?? 0 };
}
