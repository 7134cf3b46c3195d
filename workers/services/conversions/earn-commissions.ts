import { eq, getTableColumns, sql } from 'drizzle-orm';
import {
  commissions,
  conversions,
  referredCustomers,
  type Commission,
  type Conversion,
  type Enrollment,
  type Program,
  type ProgramGroup,
} from '../../../schema';
import type { EditionReward } from '../editions';
import type { ServiceCall, ServiceContext } from '../../context';
import { earnLines, paidEventType } from '../../domain/earn-lines';
import type { SpendLimit } from '../../domain/spend-limits';
import { capDirectLine } from './cap-direct-line';
import { findGroupWithRuleTotals } from './find-group-with-rule-totals';
import { fraudFlags } from '../../domain/fraud-rules';
import { holdUntil } from '../../domain/hold-until';
import type { AttributionMatch } from './attribute-conversion';
import { conversionCapReached } from './conversion-cap';
import type { AttributionStep } from './conversion-outcome';
import { firstPaidConversion } from './customer-history';
import { findUpline } from './find-upline';
import { gatherFraudInput } from './gather-fraud-input';

const { calculation: _calculation, ...returnedColumns } = getTableColumns(commissions);

/** The program and enrollment as an edition's reward makes them: percent pays revshare, fixed pays per sale. */
function editionTerms(program: Program, enrollment: Enrollment, reward: EditionReward) {
  return {
    program: {
      ...program,
      payoutModel: reward.type === 'percent' ? ('revshare' as const) : ('cps' as const),
      commissionType: reward.type,
      commissionRateBps: reward.rateBps,
      commissionFixedMinor: reward.fixedMinor,
      recurringMode: reward.recurringMode,
      recurringMonths: reward.recurringMonths,
      recurringRateBps: null,
    },
    enrollment: { ...enrollment, rateOverrideBps: null, fixedOverrideMinor: null },
    editionOnly: true,
  };
}

/** A partner group whose commission terms and rules step aside for an edition's reward (its limits stay). */
function withoutGroupTerms(group: ProgramGroup): ProgramGroup {
  return {
    ...group,
    commissionType: null,
    commissionRateBps: null,
    commissionFixedMinor: null,
    recurringMode: null,
    recurringMonths: null,
    recurringRateBps: null,
    rewardRules: [],
  };
}

export interface Earned {
  conversion: Conversion;
  lines: Commission[];
  /** This conversion bound its customer to the affiliate: the customer's first referral. */
  boundCustomer: boolean;
}

/**
 * Binds a new customer to the affiliate who brought them; the first referral stands for good.
 * Answers the customer row's id, when the customer cancelled (NULL: subscribed) and whether this
 * conversion bound it.
 */
async function bindCustomer(
  ctx: ServiceContext,
  conversion: Conversion,
  match: AttributionMatch,
): Promise<{ id: string; cancelledAt: Date | null; created: boolean } | null> {
  if (!conversion.externalCustomerId) return null;
  const [created] = await ctx.db
    .insert(referredCustomers)
    .values({
      organizationId: conversion.organizationId,
      appId: conversion.appId,
      externalCustomerId: conversion.externalCustomerId,
      enrollmentId: match.enrollment.id,
      affiliateId: match.enrollment.affiliateId,
      firstClickId: match.click?.id ?? null,
      attributedAt: ctx.now,
      attributionMethod: match.method,
      couponCode: conversion.couponCode,
    })
    .onConflictDoNothing({ target: [referredCustomers.appId, referredCustomers.externalCustomerId] })
    .returning({ id: referredCustomers.id });
  if (created) return { id: created.id, cancelledAt: null, created: true };
  const [row] = await ctx.db
    .select({ id: referredCustomers.id, cancelledAt: referredCustomers.cancelledAt })
    .from(referredCustomers)
    .where(
      sql`${referredCustomers.appId} = ${conversion.appId} AND ${referredCustomers.externalCustomerId} = ${conversion.externalCustomerId}`,
    );
  return row ? { ...row, created: false } : null;
}

/**
 * A sale after the customer's cancellation is a new subscription: its rebills earn again (the
 * recurring months still count from the customer's first sale). Answers the cancellation that
 * still applies to this conversion.
 */
async function reopenOnNewSale(
  ctx: ServiceContext,
  conversion: Conversion,
  customer: { id: string; cancelledAt: Date | null } | null,
): Promise<Date | null> {
  if (!customer?.cancelledAt) return null;
  if (conversion.eventType !== 'sale' || customer.cancelledAt.getTime() > conversion.occurredAt.getTime()) {
    return customer.cancelledAt;
  }
  await ctx.db
    .update(referredCustomers)
    .set({ cancelledAt: null })
    .where(
      sql`${referredCustomers.id} = ${customer.id} AND ${referredCustomers.cancelledAt} <= ${conversion.occurredAt}`,
    );
  return null;
}

/**
 * Settles an attributed lead, sale or rebill, inside the caller's transaction: binds the
 * customer, applies the conversion caps, runs the fraud rules, computes every commission line
 * with the pure rules and writes them (idempotent on their unique key). A flagged conversion
 * keeps its pending commissions, which the hold release skips until a reviewer decides.
 */
export async function earnCommissions({
  ctx,
  input,
}: ServiceCall<{
  conversion: Conversion;
  match: AttributionMatch;
  trace: AttributionStep[];
  declaredPayoutMinor?: number;
  /** Conversions this transaction changed before this one (their stats rollups move at its end). */
  changedConversionIds?: string[];
}>): Promise<Earned> {
  const { conversion, match, trace } = input;
  const { program: programRow, enrollment: enrollmentRow } = match;
  // An edition's sale earns the edition's reward: its terms stand in for the program's, and neither the
  // affiliate's overrides nor its group's terms and rules change them. Hold, currency and upline stay the program's.
  const { program, enrollment, editionOnly } = match.edition
    ? editionTerms(programRow, enrollmentRow, match.edition.reward)
    : { program: programRow, enrollment: enrollmentRow, editionOnly: false };
  const customer = await bindCustomer(ctx, conversion, match);
  const attribution = {
    programId: program.id,
    enrollmentId: enrollment.id,
    affiliateId: enrollment.affiliateId,
    attributionMethod: match.method,
    clickId: match.click?.id ?? conversion.clickId,
    referredCustomerId: customer?.id ?? null,
    ...(match.edition ? { editionId: match.edition.id } : {}),
  };
  const customerCancelledAt = await reopenOnNewSale(ctx, conversion, customer);

  const earlierPaid = await firstPaidConversion({ ctx, input: { conversion } });
  const earlierPaidAt = earlierPaid?.occurredAt ?? null;
  const type =
    conversion.eventType === 'lead' || conversion.eventType === 'sale' || conversion.eventType === 'rebill'
      ? paidEventType({ conversion: { ...conversion, eventType: conversion.eventType }, earlierPaidAt })
      : conversion.eventType;
  const steps =
    type !== conversion.eventType
      ? [
          ...trace,
          {
            step: 'customer' as const,
            outcome: 'matched' as const,
            detail: 'first paid rebill of the customer counts as the sale',
          },
        ]
      : trace;

  const capReason = await conversionCapReached({
    ctx,
    input: { program, conversionId: conversion.id, occurredAt: conversion.occurredAt },
  });
  if (capReason) {
    const [rejected] = await ctx.db
      .update(conversions)
      .set({ ...attribution, attributionTrace: steps, status: 'rejected', rejectReason: `cap_reached: ${capReason}` })
      .where(eq(conversions.id, conversion.id))
      .returning();
    return { conversion: rejected!, lines: [], boundCustomer: customer?.created ?? false };
  }

  const flags = fraudFlags(
    await gatherFraudInput({
      ctx,
      input: { conversion, program, affiliateId: enrollment.affiliateId, click: match.click },
    }),
  );
  // Gather the facts, then the one pure step the backtest replays too (domain/earn-lines.ts).
  const { group, totals } = await findGroupWithRuleTotals({
    ctx,
    input: {
      groupId: enrollment.groupId,
      enrollmentId: enrollment.id,
      currency: program.currency,
      before: conversion.occurredAt,
      excludeConversionId: conversion.id,
      changedConversionIds: input.changedConversionIds ?? [],
    },
  });
  const terms = editionOnly ? withoutGroupTerms(group) : group;
  const levels = terms.multiLevelRatesBps ?? program.multiLevelRatesBps;
  const upline = await findUpline({ ctx, input: { affiliateId: enrollment.affiliateId, depth: levels.length } });
  const earned = earnLines({
    program,
    enrollment,
    group: terms,
    conversion: { ...conversion, eventType: conversion.eventType as 'lead' | 'sale' | 'rebill' },
    declaredPayoutMinor: input.declaredPayoutMinor ?? null,
    earlierPaidAt,
    customerCancelledAt,
    country: match.click?.country ?? null,
    totals,
    upline,
  });
  const decision = earned.decision;
  let lines: Commission[] = [];
  if (earned.lines.length > 0) {
    const hold = holdUntil(ctx.now, earned.terms.holdDays);
    const rows: (typeof commissions.$inferInsert & { calculation: Record<string, unknown> })[] = [];
    for (const line of earned.lines) {
      // Only the direct line is capped: the limits are the member's, the upline earns on its own terms.
      const paid =
        line.level === 0
          ? await capDirectLine({
              ctx,
              input: {
                limits: group.spendLimits as SpendLimit[],
                enrollmentId: enrollment.id,
                conversionId: conversion.id,
                occurredAt: conversion.occurredAt,
                line,
              },
            })
          : line;
      rows.push({
        ...paid,
        conversionId: conversion.id,
        organizationId: conversion.organizationId,
        programId: program.id,
        kind: 'commission' as const,
        status: 'pending' as const,
        holdUntil: hold,
      });
    }
    // The calculation is not carried back: with a group's rules it names each rule's verdict (kilobytes per
    // line), which Postgres would send back and the driver parse again. Each written line takes it from its row
    // here (one per beneficiary and level, the table's unique key with the kind).
    const written = await ctx.db.insert(commissions).values(rows).onConflictDoNothing().returning(returnedColumns);
    lines = written.map((l) => ({
      ...l,
      calculation: rows.find((r) => r.level === l.level && r.beneficiaryId === l.beneficiaryId)!.calculation,
    }));
  }
  const note: AttributionStep[] = decision.ok
    ? []
    : [{ step: match.method, outcome: 'matched', detail: `no commission: ${decision.reason} (${decision.detail})` }];
  const [updated] = await ctx.db
    .update(conversions)
    .set({
      ...attribution,
      attributionTrace: [...steps, ...note],
      fraudFlags: flags,
      status: flags.length > 0 ? 'flagged' : 'pending',
    })
    .where(eq(conversions.id, conversion.id))
    .returning();
  return { conversion: updated!, lines, boundCustomer: customer?.created ?? false };
}
