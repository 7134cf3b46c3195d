import type { ServiceCall } from '../../context';
import { decideClickStatus, type ResolvedCode } from '../../domain/click-status';
import { BoundedMemo } from '../../domain/bounded-memo';
import { type Device, parseUserAgent } from '../../domain/parse-user-agent';
import type { ClickMessage } from '../../contracts/click-message';
import type { ClickAllowance } from '../plans/click-allowances';
import { type UsageAfterBatch, warnClickUsage } from '../plans/warn-click-usage';
import { hashFingerprints } from './hash-fingerprints';
import { insertClicksStatement, type ClickColumns } from './insert-clicks-statement';
import { resolveCodes } from './resolve-codes';

// A batch repeats few distinct user agents, and so do the batches an isolate consumes.
const devices = new BoundedMemo<string, Device>(5_000);

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

/**
 * Writes a batch of clicks and their hourly rollups in one statement, which also marks accepted
 * clicks past the organization's monthly plan limit plus the grace margin rejected `over_plan`
 * (stored, counted, shown in the click log, never attributed; the edge already redirected them).
 * Redelivery of any message is harmless: the click's (id, clicked_at) conflicts, and only new
 * rows reach the rollups and the meter.
 */
export async function recordClicks({
  ctx,
  input,
}: ServiceCall<{ clicks: ClickMessage[] }>): Promise<{ inserted: number }> {
  if (input.clicks.length === 0) return { inserted: 0 };
  const [{ byRefCode, bySlug }, fingerprints] = await Promise.all([
    resolveCodes(ctx, unresolved(input.clicks)),
    hashFingerprints(input.clicks),
  ]);
  const codeOf = (m: ClickMessage) => (m.code ? (m.form === 'short_link' ? bySlug : byRefCode).get(m.code) : undefined);
  const cols = toColumns(input.clicks, fingerprints, codeOf);
  const result = await ctx.db.execute(insertClicksStatement(cols, ctx.config.PLAN_CLICK_GRACE_PERCENT));
  const row = result.rows[0] as
    | { inserted: number; usage: (UsageAfterBatch & { allowed: number })[] | null }
    | undefined;
  if (row?.usage?.length) {
    const allowances = new Map<string, ClickAllowance>(
      row.usage.map((u) => [
        `${u.organizationId}|${u.month}`,
        { organizationId: u.organizationId, month: u.month, allowed: Number(u.allowed), used: u.clicks - u.added },
      ]),
    );
    await warnClickUsage(ctx, row.usage, allowances);
  }
  return { inserted: row?.inserted ?? 0 };
}
