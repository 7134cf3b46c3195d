import { and, asc, eq, isNotNull } from 'drizzle-orm';
import {
  conversions,
  enrollments,
  programs,
  referredCustomers,
  type Conversion,
  type Enrollment,
  type Program,
} from '../../../schema';
import type { AttributionMethod } from '../../../schema/enums';
import type { ServiceCall, ServiceContext } from '../../context';
import type { Executor } from '../../db/client';
import { uuidv7Time } from '../../contracts/ids';
import { type EditionReward, findEditionForConversion } from '../editions';
import type { AttributionStep } from './conversion-outcome';
import { findClick, findClickByFingerprint, type ClickFacts } from './find-click';
import { isEnrollmentActive } from '../../domain/enrollment-status';

const DAY_MS = 86_400_000;
/** How long a conversion waits for a click id the consumer has not written yet (queue lag, outage). */
export const CLICK_WAIT_MS = DAY_MS;
/** The fingerprint fallback looks back 30 days. */
const FINGERPRINT_WINDOW_MS = 30 * DAY_MS;
/** A click on a paused program still earns; only programs that never ran or were closed do not. */
const EARNING_PROGRAM_STATUSES = new Set(['active', 'paused']);

export interface AttributionMatch {
  method: AttributionMethod;
  program: Program;
  enrollment: Enrollment;
  click: ClickFacts | null;
  /** Why this match, when it is not obvious (e.g. first-click moved it to an earlier click). */
  detail?: string;
  /** A branded edition's sale: credited through its enrollment at the edition's reward, not the program's terms. */
  edition?: { id: string; reward: EditionReward };
}

export type AttributionResult =
  | { kind: 'matched'; match: AttributionMatch; trace: AttributionStep[] }
  | { kind: 'waiting_for_click'; trace: AttributionStep[] }
  | { kind: 'none'; trace: AttributionStep[] };

type Step =
  | { kind: 'match'; match: AttributionMatch }
  | { kind: 'wait'; step: AttributionStep }
  | { kind: 'next'; step: AttributionStep };

interface Scope {
  ctx: ServiceContext;
  db: Executor;
  conversion: Conversion;
  programsById: Map<string, Program>;
  now: Date;
}

function earning(
  method: AttributionMethod,
  program: Program | undefined,
  enrollment: Enrollment | undefined,
  click: ClickFacts | null,
): Step {
  if (!program || !enrollment) return { kind: 'next', step: { step: method, outcome: 'not_found' } };
  if (!EARNING_PROGRAM_STATUSES.has(program.status))
    return { kind: 'next', step: { step: method, outcome: 'inactive', detail: `program is ${program.status}` } };
  if (!isEnrollmentActive(enrollment.status))
    return { kind: 'next', step: { step: method, outcome: 'inactive', detail: `enrollment is ${enrollment.status}` } };
  return { kind: 'match', match: { method, program, enrollment, click } };
}

async function enrollmentById(db: Executor, id: string | null): Promise<Enrollment | undefined> {
  if (!id) return undefined;
  const [row] = await db.select().from(enrollments).where(eq(enrollments.id, id));
  return row;
}

async function byClickId(scope: Scope): Promise<Step> {
  const { conversion, programsById, now, db } = scope;
  const clickId = conversion.clickId;
  if (!clickId) return { kind: 'next', step: { step: 'click_id', outcome: 'skipped', detail: 'no click id' } };
  let click = await findClick({ ctx: scope.ctx, input: { clickId, organizationId: conversion.organizationId } });
  if (!click) {
    // The click may still be in the queue or the spool: wait for it rather than fall through to a weaker match.
    if (now.getTime() - uuidv7Time(clickId) < CLICK_WAIT_MS)
      return { kind: 'wait', step: { step: 'click_id', outcome: 'waiting_for_click' } };
    return { kind: 'next', step: { step: 'click_id', outcome: 'not_found' } };
  }
  const program = click.programId ? programsById.get(click.programId) : undefined;
  if (!program)
    return {
      kind: 'next',
      step: { step: 'click_id', outcome: 'other_program', detail: 'the click is not on a program of this app' },
    };
  // A bot or prefetch click still names its affiliate; the fraud check flags it for review.
  if (click.status === 'rejected' && click.rejectReason !== 'bot' && click.rejectReason !== 'prefetch') {
    return {
      kind: 'next',
      step: { step: 'click_id', outcome: 'inactive', detail: `the click was rejected (${click.rejectReason})` },
    };
  }
  const windowStart = conversion.occurredAt.getTime() - program.cookieDays * DAY_MS;
  if (click.clickedAt.getTime() < windowStart) {
    return {
      kind: 'next',
      step: {
        step: 'click_id',
        outcome: 'expired',
        detail: `clicked more than the program's ${program.cookieDays} cookie days before the conversion`,
      },
    };
  }
  let detail: string | undefined;
  if (program.attributionRule === 'first_click' && click.fingerprint) {
    const first = await findClickByFingerprint({
      ctx: scope.ctx,
      input: {
        fingerprint: click.fingerprint,
        programIds: [program.id],
        from: new Date(windowStart),
        to: click.clickedAt,
        earliest: true,
      },
    });
    if (first && first.id !== click.id) {
      detail = `first-click program: credited to the visitor's first click ${first.id}`;
      click = first;
    }
  }
  const step = earning('click_id', program, await enrollmentById(db, click.enrollmentId), click);
  return step.kind === 'match' && detail ? { kind: 'match', match: { ...step.match, detail } } : step;
}

/** The edition the conversion names, through its affiliate's enrollment and at the edition's reward. */
async function byEdition(scope: Scope, editionId: string): Promise<Step> {
  const { conversion, programsById, db } = scope;
  const credit = await findEditionForConversion({
    ctx: scope.ctx,
    input: { appId: conversion.appId, editionId, host: null },
  });
  if (!credit) return { kind: 'next', step: { step: 'edition', outcome: 'not_found' } };
  const enrollment = await enrollmentById(db, credit.enrollmentId);
  const step = earning('edition', enrollment && programsById.get(enrollment.programId), enrollment, null);
  return step.kind === 'match'
    ? { kind: 'match', match: { ...step.match, edition: { id: credit.editionId, reward: credit.reward } } }
    : step;
}

/**
 * The edition a returning customer first came through (a rebill names no edition): its earliest conversion
 * that did. The customer's later payments earn at that edition's reward, as its first did.
 */
async function editionOfCustomer(scope: Scope): Promise<string | null> {
  const { conversion, db } = scope;
  if (!conversion.externalCustomerId) return null;
  const [first] = await db
    .select({ editionId: conversions.editionId })
    .from(conversions)
    .where(
      and(
        eq(conversions.appId, conversion.appId),
        eq(conversions.externalCustomerId, conversion.externalCustomerId),
        isNotNull(conversions.editionId),
      ),
    )
    .orderBy(asc(conversions.occurredAt))
    .limit(1);
  return first?.editionId ?? null;
}

async function byCoupon(scope: Scope): Promise<Step> {
  const { conversion, programsById, db } = scope;
  if (!conversion.couponCode)
    return { kind: 'next', step: { step: 'coupon', outcome: 'skipped', detail: 'no coupon' } };
  const organizationId = programsById.values().next().value?.organizationId;
  if (!organizationId) return { kind: 'next', step: { step: 'coupon', outcome: 'not_found' } };
  // Unique per organization (an app's programs all belong to one), so at most one row: deterministic.
  const [enrollment] = await db
    .select()
    .from(enrollments)
    .where(and(eq(enrollments.organizationId, organizationId), eq(enrollments.couponCode, conversion.couponCode)));
  if (enrollment && !programsById.has(enrollment.programId))
    return {
      kind: 'next',
      step: { step: 'coupon', outcome: 'other_program', detail: 'the coupon belongs to another app or program' },
    };
  return earning('coupon', enrollment && programsById.get(enrollment.programId), enrollment, null);
}

async function byCustomer(scope: Scope): Promise<Step> {
  const { conversion, programsById, db } = scope;
  if (!conversion.externalCustomerId)
    return { kind: 'next', step: { step: 'customer', outcome: 'skipped', detail: 'no customer id' } };
  const [referral] = await db
    .select()
    .from(referredCustomers)
    .where(
      and(
        eq(referredCustomers.appId, conversion.appId),
        eq(referredCustomers.externalCustomerId, conversion.externalCustomerId),
      ),
    );
  if (!referral) return { kind: 'next', step: { step: 'customer', outcome: 'not_found' } };
  const enrollment = await enrollmentById(db, referral.enrollmentId);
  const program = enrollment && programsById.get(enrollment.programId);
  if (enrollment && !program) return { kind: 'next', step: { step: 'customer', outcome: 'other_program' } };
  if (referral.attributionMethod === 'edition') {
    const editionId = await editionOfCustomer(scope);
    if (editionId) {
      const step = await byEdition(scope, editionId);
      if (step.kind === 'match') return { kind: 'match', match: { ...step.match, method: 'customer' } };
    }
  }
  return earning('customer', program, enrollment, null);
}

async function byFingerprint(scope: Scope): Promise<Step> {
  const { conversion, programsById, db } = scope;
  if (!conversion.fingerprint)
    return { kind: 'next', step: { step: 'fingerprint', outcome: 'skipped', detail: 'no user agent sent' } };
  const to = conversion.occurredAt;
  const click = await findClickByFingerprint({
    ctx: scope.ctx,
    input: {
      fingerprint: conversion.fingerprint,
      programIds: [...programsById.keys()],
      from: new Date(to.getTime() - FINGERPRINT_WINDOW_MS),
      to,
      earliest: false,
    },
  });
  if (!click)
    return {
      kind: 'next',
      step: { step: 'fingerprint', outcome: 'not_found', detail: 'no click from this device in 30 days' },
    };
  return earning(
    'fingerprint',
    click.programId ? programsById.get(click.programId) : undefined,
    await enrollmentById(db, click.enrollmentId),
    click,
  );
}

/**
 * Who gets the conversion. One reported on a branded edition (its id or host) belongs to the edition's
 * affiliate and nobody else: no click, coupon or fingerprint of another affiliate can take it. Otherwise, in
 * this order: the click id (within the program's cookie window,
 * first- or last-click), the coupon code, the customer's earlier referral, then the device
 * fingerprint within 30 days. Each step's outcome is kept in the trace. A click id whose click is
 * not ingested yet stops the walk: the conversion waits for it instead of settling for less.
 */
export async function attributeConversion({
  ctx,
  input,
}: ServiceCall<{ conversion: Conversion; programId?: string }>): Promise<AttributionResult> {
  const { db } = ctx;
  const { conversion } = input;
  const rows = await db
    .select()
    .from(programs)
    .where(
      input.programId
        ? and(eq(programs.appId, conversion.appId), eq(programs.id, input.programId))
        : eq(programs.appId, conversion.appId),
    );
  const scope: Scope = { ctx, db, conversion, programsById: new Map(rows.map((p) => [p.id, p])), now: ctx.now };
  const trace: AttributionStep[] = [];
  if (conversion.editionId) {
    const result = await byEdition(scope, conversion.editionId);
    if (result.kind !== 'match') return { kind: 'none', trace: [result.step] };
    trace.push({ step: 'edition', outcome: 'matched' });
    return { kind: 'matched', match: result.match, trace };
  }
  for (const step of [byClickId, byCoupon, byCustomer, byFingerprint]) {
    const result = await step(scope);
    if (result.kind === 'match') {
      const { method, detail } = result.match;
      trace.push({ step: method, outcome: 'matched', ...(detail ? { detail } : {}) });
      return { kind: 'matched', match: result.match, trace };
    }
    trace.push(result.step);
    if (result.kind === 'wait') return { kind: 'waiting_for_click', trace };
  }
  return { kind: 'none', trace };
}
