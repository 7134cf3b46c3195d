import type { CommissionType, PayoutModel, RecurringMode } from '../../schema/enums';

/**
 * The commission rule one enrollment earns under one version of its program: the program's
 * settings with the enrollment's overrides applied. Commissions record `programVersion` and the
 * `overridden` flags so a later edit of either never changes how an old commission is explained.
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
  overridden: { rate: boolean; fixed: boolean; hold: boolean };
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

export interface TermsEnrollment {
  rateOverrideBps: number | null;
  fixedOverrideMinor: number | null;
  holdDaysOverride: number | null;
}

/** The program's terms as this enrollment gets them: an override (non-NULL) wins over the program. */
export function effectiveTerms(program: TermsProgram, enrollment: TermsEnrollment): CommissionTerms {
  return {
    programId: program.id,
    programVersion: program.version,
    payoutModel: program.payoutModel,
    commissionType: program.commissionType,
    rateBps: enrollment.rateOverrideBps ?? program.commissionRateBps,
    fixedMinor: enrollment.fixedOverrideMinor ?? program.commissionFixedMinor,
    currency: program.currency,
    recurringMode: program.recurringMode,
    recurringMonths: program.recurringMonths,
    recurringRateBps: program.recurringRateBps,
    // A copy, so the terms never alias the (possibly cached) program row.
    multiLevelRatesBps: [...program.multiLevelRatesBps],
    holdDays: enrollment.holdDaysOverride ?? program.holdDays,
    overridden: {
      rate: enrollment.rateOverrideBps !== null,
      fixed: enrollment.fixedOverrideMinor !== null,
      hold: enrollment.holdDaysOverride !== null,
    },
  };
}
