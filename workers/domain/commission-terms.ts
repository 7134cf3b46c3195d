import type { CommissionType, PayoutModel, RecurringMode } from '../../schema/enums';

/**
 * The commission rule one enrollment earns under one version of its program and group. Precedence,
 * term by term: the enrollment's own override, then its partner group's term, then the program's.
 * Commissions record `programVersion`, the group (id, name, version) and the `overridden` and
 * `fromGroup` flags, so a later edit of any of them never changes how an old commission is explained.
 */
export interface CommissionTerms {
  programId: string;
  programVersion: number;
  payoutModel: PayoutModel;
  commissionType: CommissionType;
  /** enrollment.rateOverrideBps ?? program.commissionRateBps */
  rateBps: number | null;
  /** enrollment.fixedOverrideMinor ?? program.commissionFixedMinor */
  fixedMinor: number | null;
  /** The program's currency; fixed amounts are in it. */
  currency: string;
  recurringMode: RecurringMode;
  recurringMonths: number | null;
  /** NULL: rebills earn `rateBps`. An enrollment's rate override does not replace a set recurring rate. */
  recurringRateBps: number | null;
  /** Index 0 = level 1 (the direct affiliate's referrer). */
  multiLevelRatesBps: number[];
  /** enrollment.holdDaysOverride ?? program.holdDays */
  holdDays: number;
  /** The enrollment's own overrides that applied. */
  overridden: { rate: boolean; fixed: boolean; hold: boolean };
  /** The partner group the terms came through; null only for terms built without one (tests, the click credit). */
  group: { id: string; name: string; version: number } | null;
  /** The terms the group set (and the enrollment did not override). */
  fromGroup: { type: boolean; rate: boolean; fixed: boolean; recurring: boolean; upline: boolean; hold: boolean };
}

// Spelled out rather than picked from the table types: domain/ holds pure rules and never imports schema
// tables, and a programs or enrollments row still fits these as it is.
export interface TermsProgram {
  id: string;
  version: number;
  payoutModel: PayoutModel;
  commissionType: CommissionType;
  commissionRateBps: number | null;
  commissionFixedMinor: number | null;
  currency: string;
  recurringMode: RecurringMode;
  recurringMonths: number | null;
  recurringRateBps: number | null;
  multiLevelRatesBps: number[];
  holdDays: number;
}

/** A partner group's terms: NULL is "the program's". */
export interface TermsGroup {
  id: string;
  name: string;
  version: number;
  commissionType: CommissionType | null;
  commissionRateBps: number | null;
  commissionFixedMinor: number | null;
  recurringMode: RecurringMode | null;
  recurringMonths: number | null;
  recurringRateBps: number | null;
  multiLevelRatesBps: number[] | null;
  holdDays: number | null;
}

export interface TermsEnrollment {
  rateOverrideBps: number | null;
  fixedOverrideMinor: number | null;
  holdDaysOverride: number | null;
}

/**
 * The terms this enrollment gets: each term from the enrollment's override (non-NULL), else its
 * group's, else the program's. A group's recurring mode brings its months with it.
 */
export function effectiveTerms(
  program: TermsProgram,
  enrollment: TermsEnrollment,
  group: TermsGroup | null = null,
): CommissionTerms {
  const g = group;
  const groupRecurring = g?.recurringMode != null;
  const groupRate = g?.commissionRateBps != null;
  const groupFixed = g?.commissionFixedMinor != null;
  const groupHold = g?.holdDays != null;
  return {
    programId: program.id,
    programVersion: program.version,
    payoutModel: program.payoutModel,
    commissionType: g?.commissionType ?? program.commissionType,
    rateBps: enrollment.rateOverrideBps ?? (groupRate ? g!.commissionRateBps : program.commissionRateBps),
    fixedMinor: enrollment.fixedOverrideMinor ?? (groupFixed ? g!.commissionFixedMinor : program.commissionFixedMinor),
    currency: program.currency,
    recurringMode: groupRecurring ? g!.recurringMode! : program.recurringMode,
    recurringMonths: groupRecurring ? g!.recurringMonths : program.recurringMonths,
    recurringRateBps: g?.recurringRateBps ?? program.recurringRateBps,
    // A copy, so the terms never alias the (possibly cached) program or group row.
    multiLevelRatesBps: [...(g?.multiLevelRatesBps ?? program.multiLevelRatesBps)],
    holdDays: enrollment.holdDaysOverride ?? (groupHold ? g!.holdDays! : program.holdDays),
    overridden: {
      rate: enrollment.rateOverrideBps !== null,
      fixed: enrollment.fixedOverrideMinor !== null,
      hold: enrollment.holdDaysOverride !== null,
    },
    group: g ? { id: g.id, name: g.name, version: g.version } : null,
    fromGroup: {
      type: g?.commissionType != null,
      rate: groupRate && enrollment.rateOverrideBps === null,
      fixed: groupFixed && enrollment.fixedOverrideMinor === null,
      recurring: groupRecurring || g?.recurringRateBps != null,
      upline: g?.multiLevelRatesBps != null,
      hold: groupHold && enrollment.holdDaysOverride === null,
    },
  };
}
