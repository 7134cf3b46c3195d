// The soak's traffic through the real verbs: click batches into recordClicks (the click consumer's
// write), conversions, refunds and cancels into recordConversion (every inbound path ends there),
// reviews into reviewConversion, and the attribution retries the conversions queue would carry
// into retryAttribution. Each delivery is one event; duplicates are sent at once with Promise.all.
import { uuidv7 } from '../../workers/contracts/ids';
import type { ClickMessage } from '../../workers/contracts/click-message';
import type { ConversionEvent } from '../../workers/contracts/conversion-event';
import type { ServiceContext } from '../../workers/context';
import { AppError } from '../../workers/errors/app-error';
import { recordConversion, retryAttribution, reviewConversion } from '../../workers/services/conversions';
import { recordClicks } from '../../workers/services/tracking';
import { moveToGroup } from '../../workers/services/enrollments';
import type { PlannedClick, PlannedConversion, PlannedMove, PlannedReversal, PlannedStep } from './soak-plan';
import type { SoakWorld } from './soak-world';

export type Counter = (what: string, n?: number) => void;

/** What a round's traffic shares across its writers. */
export interface Traffic {
  world: SoakWorld;
  count: Counter;
  /** Click key → id, for the clicks conversions name (the id carries the click's time). */
  clickIds: Map<number, string>;
  /** Conversion ref → program index, for refunds, cancels and reviews of it. */
  programOf: Map<number, number>;
  /** Flagged conversions waiting for an approving review: [app id, event id]. */
  flagged: { appId: string; eventId: string }[];
  /** Attribution retries the conversions queue holds (conversion ids). */
  retries: string[];
  /** Unexpected failures: a finding, reported at the checkpoint. */
  errors: { what: string; error: string }[];
  /** Wall time and count per step kind since the last checkpoint, to see a verb slow down as data grows. */
  latency: Map<string, { ms: number; n: number }>;
}

const UA =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36';

const clickIdOf = (t: Traffic, click: PlannedClick, now: number): string => {
  let id = t.clickIds.get(click.key);
  if (!id) {
    id = uuidv7(now - click.agoMs);
    t.clickIds.set(click.key, id);
  }
  return id;
};

/** A click message as the edge sends it, resolved there (the code was in its KV copy). */
export function clickMessageOf(t: Traffic, click: PlannedClick, now: number): ClickMessage {
  const id = clickIdOf(t, click, now);
  const program = t.world.programs[click.program]!;
  return {
    v: 1,
    id,
    at: now - click.agoMs,
    form: 'aff_path',
    code: null,
    organizationId: program.organizationId,
    appId: program.appId,
    programId: program.id,
    enrollmentId: t.world.enrollments[click.program]![click.affiliate]!,
    affiliateId: t.world.affiliates[click.affiliate]!,
    linkId: null,
    landingUrl: 'https://app.example/pricing',
    ip: `198.18.${click.key % 256}.${1 + (Math.floor(click.key / 256) % 254)}`,
    userAgent: UA,
    referrer: null,
    acceptLanguage: 'en-US,en;q=0.9',
    country: click.country,
    region: null,
    city: null,
    asn: 7922,
    sub: [],
    rejectReason: null,
    isBot: false,
  };
}

export async function ingestClicks(ctx: ServiceContext, t: Traffic, clicks: PlannedClick[], copies: number) {
  const messages = clicks.map((c) => clickMessageOf(t, c, ctx.now.getTime()));
  await Promise.all(Array.from({ length: copies }, () => recordClicks({ ctx, input: { clicks: messages } })));
  t.count('click', clicks.length);
  if (copies > 1) t.count('click_redelivered', clicks.length * (copies - 1));
}

/** Sends one event `copies` times at once; exactly one delivery may be new, the rest are duplicates. */
async function deliver(ctx: ServiceContext, t: Traffic, program: number, event: ConversionEvent, copies: number) {
  const p = t.world.programs[program]!;
  const input = {
    appId: p.appId,
    organizationId: p.organizationId,
    source: 'api' as const,
    event,
  };
  const outcomes = await Promise.all(Array.from({ length: copies }, () => recordConversion({ ctx, input })));
  const fresh = outcomes.filter((o) => !o.duplicate).length;
  if (fresh !== 1)
    t.errors.push({
      what: event.event_id,
      error: `${fresh} of ${copies} deliveries were new`,
    });
  if (copies > 1) t.count('duplicate_delivery', copies - 1);
  return outcomes.find((o) => !o.duplicate) ?? outcomes[0]!;
}

async function convert(ctx: ServiceContext, t: Traffic, step: PlannedConversion) {
  const p = t.world.programs[step.program]!;
  t.programOf.set(step.ref, step.program);
  const event: ConversionEvent = {
    event_id: `soak-${step.ref}`,
    type: step.type,
    ...(step.click ? { click_id: clickIdOf(t, step.click, ctx.now.getTime()) } : {}),
    ...(step.customer ? { customer_id: step.customer } : {}),
    ...(step.type !== 'lead' ? { order_id: `order-${step.ref}` } : {}),
    ...(step.amountMinor !== null ? { amount: step.amountMinor, currency: p.currency } : {}),
    ...(step.product ? { metadata: { plan_id: step.product } } : {}),
    ip: `203.0.${(step.ref >> 8) & 255}.${step.ref & 255}`,
  };
  const outcome = await deliver(ctx, t, step.program, event, step.copies);
  t.count(step.clickLate ? `${step.type}_before_click` : step.type);
  if (outcome.conversion.status === 'flagged') t.flagged.push({ appId: p.appId, eventId: event.event_id });
}

async function reverse(ctx: ServiceContext, t: Traffic, step: PlannedReversal) {
  const program = t.programOf.get(step.of);
  if (program === undefined) return;
  t.programOf.set(step.ref, program);
  const p = t.world.programs[program]!;
  // Before or after payout: read for the event mix only; the service decides by itself.
  const [line] = (
    await ctx.db.execute(
      `SELECT c.status FROM affiliate.commissions c JOIN affiliate.conversions v ON v.id = c.conversion_id
       WHERE v.app_id = '${p.appId}' AND v.event_id = 'soak-${step.of}' AND c.kind = 'commission' AND c.level = 0`,
    )
  ).rows as { status: string }[];
  const event: ConversionEvent = {
    event_id: `soak-${step.ref}`,
    type: step.type,
    ...(step.customer ? { customer_id: step.customer } : { order_id: `order-${step.of}` }),
    ...(step.amountMinor !== null ? { amount: step.amountMinor, currency: p.currency } : {}),
  };
  await deliver(ctx, t, program, event, step.copies);
  const when = line?.status === 'paid' || line?.status === 'in_payout' ? 'after_payout' : 'before_payout';
  t.count(`${step.type}_${line ? when : 'no_commission'}`);
}

async function review(ctx: ServiceContext, t: Traffic, of: number, decision: 'approve' | 'reject') {
  // An approval needs a flagged conversion: the oldest one waiting, if any; else the plan's pick is rejected.
  const target = decision === 'approve' ? t.flagged.shift() : undefined;
  const program = t.programOf.get(of);
  const appId = target?.appId ?? (program === undefined ? undefined : t.world.programs[program]!.appId);
  if (!appId) return;
  const eventId = target?.eventId ?? `soak-${of}`;
  const [row] = (
    await ctx.db.execute(
      `SELECT id, organization_id FROM affiliate.conversions WHERE app_id = '${appId}' AND event_id = '${eventId}'`,
    )
  ).rows as { id: string; organization_id: string }[];
  if (!row) return;
  const tenant = t.world.tenants.find((x) => x.organizationId === row.organization_id)!;
  const staffCtx: ServiceContext = {
    ...ctx,
    actor: { userId: tenant.approverId, platformRole: 'none' },
    tenant: {
      kind: 'advertiser',
      organizationId: row.organization_id,
      role: 'finance',
    },
  };
  try {
    await reviewConversion({
      ctx: staffCtx,
      input: {
        conversionId: row.id,
        decision: target ? 'approve' : 'reject',
        reason: 'soak review',
      },
    });
    t.count(target ? 'review_approve' : 'review_reject');
  } catch (err) {
    // Rejecting what is already rejected or reversed is refused: an expected answer, still an event.
    if (!(err instanceof AppError && err.code === 'conflict')) throw err;
    t.count('review_refused');
  }
}

/** Staff move members by hand (the route's verb, as the program's owner), racing conversions and workflows. */
async function move(ctx: ServiceContext, t: Traffic, step: PlannedMove) {
  const p = t.world.programs[step.program]!;
  const tenant = t.world.tenants[p.tenant]!;
  const staffCtx: ServiceContext = {
    ...ctx,
    actor: { userId: tenant.senderId, platformRole: 'none' },
    tenant: {
      kind: 'advertiser',
      organizationId: p.organizationId,
      role: 'owner',
    },
  };
  const moved = await moveToGroup({
    ctx: staffCtx,
    input: {
      programId: p.id,
      groupId: t.world.groups[step.program]![step.group]!,
      enrollmentIds: step.affiliates.map((a) => t.world.enrollments[step.program]![a]!),
    },
  });
  t.count('group_move');
  if (moved.moved.length > 0) t.count('group_move_members', moved.moved.length);
}

export async function runStep(ctx: ServiceContext, t: Traffic, step: PlannedStep): Promise<void> {
  const started = performance.now();
  const kind = step.kind === 'conversion' || step.kind === 'reversal' ? step.type : step.kind;
  try {
    if (step.kind === 'conversion') await convert(ctx, t, step);
    else if (step.kind === 'reversal') await reverse(ctx, t, step);
    else if (step.kind === 'race') {
      await Promise.all(step.refunds.map((r) => reverse(ctx, t, r)));
      t.count('refund_race');
    } else if (step.kind === 'move') await move(ctx, t, step);
    else await review(ctx, t, step.of, step.decision);
  } catch (err) {
    t.errors.push({
      what: `${step.kind} ${JSON.stringify(step).slice(0, 200)}`,
      error: String(err),
    });
  }
  const seen = t.latency.get(kind) ?? { ms: 0, n: 0 };
  seen.ms += performance.now() - started;
  seen.n++;
  t.latency.set(kind, seen);
}

/** What the conversions queue consumers (one per writer) do with the retry messages held; still waiting → kept. */
export async function drainRetries(ctxs: ServiceContext[], t: Traffic): Promise<void> {
  const held = t.retries.splice(0);
  await Promise.all(
    ctxs.map(async (ctx, w) => {
      for (let i = w; i < held.length; i += ctxs.length) {
        const outcome = await retryAttribution({
          ctx,
          input: { conversionId: held[i]! },
        });
        t.count(`retry_${outcome}`);
        if (outcome === 'waiting') t.retries.push(held[i]!);
      }
    }),
  );
}
