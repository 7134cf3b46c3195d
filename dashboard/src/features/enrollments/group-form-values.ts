import { currencyDecimals, formatMinorUnits } from '@domain/format-minor-units';
import { groupRuleIssues } from '@domain/group-rules';
import { parseMajorUnits } from '@domain/major-units';
import { type SpendLimitPeriod, spendLimitIssues } from '@domain/spend-limits';
import type { CommissionType, GroupColor, RecurringMode } from '@schema/enums';
import type { Program } from '@/features/programs';
import type { CreateProgramGroup, ProgramGroup } from './queries/program-groups';

/** A blank number input is '' in Mantine. */
type NumberField = number | string;

/** The terms a group may set; each is either the group's own or "the program's" (sent as null). */
export const GROUP_TERMS = ['type', 'rate', 'fixed', 'recurring', 'recurringRate', 'upline', 'hold'] as const;
export type GroupTerm = (typeof GROUP_TERMS)[number];

/** What the form needs of the program: its terms fill the gaps and check the group's. */
export type GroupProgram = Pick<
  Program,
  | 'payoutModel'
  | 'commissionType'
  | 'commissionRateBps'
  | 'commissionFixedMinor'
  | 'currency'
  | 'recurringMode'
  | 'recurringMonths'
  | 'recurringRateBps'
  | 'multiLevelRatesBps'
  | 'holdDays'
>;

/** Rates in percent and amounts in major units as typed; `useProgram` marks the terms left to the program. */
export type GroupFormValues = {
  name: string;
  color: GroupColor;
  description: string;
  useProgram: Record<GroupTerm, boolean>;
  commissionType: CommissionType;
  ratePercent: NumberField;
  fixed: string;
  recurringMode: RecurringMode;
  recurringMonths: NumberField;
  recurringRatePercent: NumberField;
  uplinePercent: NumberField[];
  holdDays: NumberField;
  /** The group's spend limits, each amount typed in its currency's major units. */
  spendLimits: SpendLimitRow[];
  /** The members' referred customers' discount: the program's, none, or the group's own (amount in the program's currency). */
  discountMode: 'program' | 'none' | 'percent' | 'amount';
  discountPercent: NumberField;
  discountAmount: string;
  discountDuration: 'once' | 'repeating' | 'forever';
  discountMonths: NumberField;
};

export type SpendLimitRow = { period: SpendLimitPeriod; amount: string; currency: string };

export const MAX_UPLINE_LEVELS = 3;
const NAME_MAX = 200;
const TEXT_MAX = 20_000;

const percentOf = (bps: number | null): NumberField => (bps === null ? '' : bps / 100);
const bpsOf = (percent: NumberField): number | null => (percent === '' ? null : Math.round(Number(percent) * 100));
const majorOf = (minor: number | null, currency: string) => (minor === null ? '' : formatMinorUnits(minor, currency));

function minorOf(major: string, currency: string): number | null {
  const parsed = parseMajorUnits(major.trim(), currencyDecimals(currency));
  return parsed.ok ? parsed.minor : null;
}

/**
 * The form of an existing group, or of a new one (`group` null) that starts with every term the program's.
 * A term left to the program shows the program's value, so turning the switch off starts from it.
 */
export function groupToForm(group: ProgramGroup | null, program: GroupProgram): GroupFormValues {
  const g = group;
  return {
    name: g?.name ?? '',
    color: g?.color ?? 'blue',
    description: g?.description ?? '',
    useProgram: {
      type: g?.commissionType == null,
      rate: g?.commissionRateBps == null,
      fixed: g?.commissionFixedMinor == null,
      recurring: g?.recurringMode == null,
      recurringRate: g?.recurringRateBps == null,
      upline: g?.multiLevelRatesBps == null,
      hold: g?.holdDays == null,
    },
    commissionType: g?.commissionType ?? program.commissionType,
    ratePercent: percentOf(g?.commissionRateBps ?? program.commissionRateBps),
    fixed: majorOf(g?.commissionFixedMinor ?? program.commissionFixedMinor, program.currency),
    recurringMode: g?.recurringMode ?? program.recurringMode,
    recurringMonths: (g?.recurringMode == null ? program.recurringMonths : g.recurringMonths) ?? '',
    recurringRatePercent: percentOf(g?.recurringRateBps ?? program.recurringRateBps),
    uplinePercent: (g?.multiLevelRatesBps ?? program.multiLevelRatesBps).map((bps) => bps / 100),
    holdDays: g?.holdDays ?? program.holdDays,
    discountMode: g?.discount == null ? 'program' : g.discount.type,
    discountPercent: g?.discount?.type === 'percent' ? g.discount.percentBps / 100 : '',
    discountAmount: g?.discount?.type === 'amount' ? formatMinorUnits(g.discount.amountMinor, g.discount.currency) : '',
    discountDuration: g?.discount && g.discount.type !== 'none' ? g.discount.duration : 'once',
    discountMonths: g?.discount && g.discount.type !== 'none' ? (g.discount.durationMonths ?? '') : '',
    spendLimits: (g?.spendLimits ?? []).map((l) => ({
      period: l.period,
      amount: formatMinorUnits(l.maxMinor, l.currency),
      currency: l.currency,
    })),
  };
}

/** Which commission fields apply once the program fills the gaps (a CPC program always pays a fixed amount). */
export function effectiveCommissionType(v: GroupFormValues, program: GroupProgram): CommissionType {
  if (program.payoutModel === 'cpc') return 'fixed';
  return v.useProgram.type ? program.commissionType : v.commissionType;
}

export function effectiveRecurringMode(v: GroupFormValues, program: GroupProgram): RecurringMode {
  return v.useProgram.recurring ? program.recurringMode : v.recurringMode;
}

/**
 * The request body: a term left to the program, or one the commission type does not use, is null. The
 * group's reward rules are added by the form from its rule editor (rule-editor/use-reward-rules.ts).
 */
export function formToGroupBody(
  v: GroupFormValues,
  program: GroupProgram,
): Omit<Required<CreateProgramGroup>, 'rewardRules'> {
  const type = effectiveCommissionType(v, program);
  const mode = effectiveRecurringMode(v, program);
  const own = (term: GroupTerm) => !v.useProgram[term];
  return {
    name: v.name.trim(),
    color: v.color,
    description: v.description.trim() === '' ? null : v.description.trim(),
    commissionType: own('type') && program.payoutModel !== 'cpc' ? v.commissionType : null,
    commissionRateBps: own('rate') && type !== 'fixed' ? bpsOf(v.ratePercent) : null,
    commissionFixedMinor: own('fixed') && type !== 'percent' ? minorOf(v.fixed, program.currency) : null,
    recurringMode: own('recurring') ? v.recurringMode : null,
    recurringMonths: own('recurring') && v.recurringMode === 'months' ? Number(v.recurringMonths) : null,
    recurringRateBps: own('recurringRate') && mode !== 'none' ? bpsOf(v.recurringRatePercent) : null,
    multiLevelRatesBps: own('upline') ? v.uplinePercent.map((p) => bpsOf(p) ?? 0) : null,
    holdDays: own('hold') ? Number(v.holdDays) : null,
    spendLimits: v.spendLimits.map((l) => ({
      period: l.period,
      maxMinor: minorOf(l.amount, l.currency) ?? 0,
      currency: l.currency,
    })),
    discount: groupDiscountOf(v, program.currency),
  };
}

/** The group's discount as the API takes it: null is the program's, `none` none. */
function groupDiscountOf(v: GroupFormValues, currency: string): CreateProgramGroup['discount'] {
  if (v.discountMode === 'program') return null;
  if (v.discountMode === 'none') return { type: 'none' };
  const lasts = {
    duration: v.discountDuration,
    ...(v.discountDuration === 'repeating' ? { durationMonths: Number(v.discountMonths) } : {}),
  };
  if (v.discountMode === 'percent')
    return { type: 'percent', percentBps: Math.round(Number(v.discountPercent) * 100), ...lasts };
  return { type: 'amount', amountMinor: minorOf(v.discountAmount, currency) ?? 0, currency, ...lasts };
}

/** What is wrong with a field, as a key under `form.errors.*` of the groups namespace. */
export type GroupFieldError =
  | 'name'
  | 'tooLong'
  | 'percent'
  | 'amount'
  | 'months'
  | 'days'
  | 'needsRate'
  | 'needsFixed'
  | 'limitAmount'
  | 'limitTwice';

const isInt = (value: NumberField, min: number, max: number) =>
  value !== '' && Number.isInteger(Number(value)) && Number(value) >= min && Number(value) <= max;
const isPercent = (value: NumberField) => value !== '' && Number(value) >= 0 && Number(value) <= 100;

/**
 * The API's rules for a group (its schema's bounds, then workers/domain/group-rules.ts: members must be
 * payable once the program's terms fill the gaps), field by field, so the form refuses what the API would.
 */
export function validateGroupForm(v: GroupFormValues, program: GroupProgram): Record<string, GroupFieldError> {
  const errors: Record<string, GroupFieldError> = {};
  const own = (term: GroupTerm) => !v.useProgram[term];
  const type = effectiveCommissionType(v, program);
  const mode = effectiveRecurringMode(v, program);
  if (!v.name.trim() || v.name.trim().length > NAME_MAX) errors.name = 'name';
  if (v.description.length > TEXT_MAX) errors.description = 'tooLong';
  if (v.discountMode === 'percent' && !(Number(v.discountPercent) > 0 && Number(v.discountPercent) <= 100))
    errors.discountPercent = 'percent';
  if (v.discountMode === 'amount' && !((minorOf(v.discountAmount, program.currency) ?? 0) > 0))
    errors.discountAmount = 'amount';
  if (
    (v.discountMode === 'percent' || v.discountMode === 'amount') &&
    v.discountDuration === 'repeating' &&
    !(Number.isInteger(Number(v.discountMonths)) && Number(v.discountMonths) >= 1 && Number(v.discountMonths) <= 36)
  )
    errors.discountMonths = 'months';
  if (own('rate') && type !== 'fixed' && !isPercent(v.ratePercent)) errors.ratePercent = 'percent';
  if (own('fixed') && type !== 'percent' && minorOf(v.fixed, program.currency) === null) errors.fixed = 'amount';
  if (own('recurring') && v.recurringMode === 'months' && !isInt(v.recurringMonths, 1, 1_200))
    errors.recurringMonths = 'months';
  if (own('recurringRate') && mode !== 'none' && !isPercent(v.recurringRatePercent))
    errors.recurringRatePercent = 'percent';
  if (own('upline'))
    v.uplinePercent.forEach((rate, i) => {
      if (!isPercent(rate)) errors[`uplinePercent.${i}`] = 'percent';
    });
  if (own('hold') && !isInt(v.holdDays, 0, 3_650)) errors.holdDays = 'days';
  v.spendLimits.forEach((l, i) => {
    if (minorOf(l.amount, l.currency) === null) errors[`spendLimits.${i}.amount`] = 'limitAmount';
  });
  // The same period twice in one currency: the API refuses it, the later row is the one to change.
  for (const issue of spendLimitIssues(formToGroupBody(v, program).spendLimits))
    if (/^spendLimits\.\d+$/.test(issue.path)) errors[`${issue.path}.period`] = 'limitTwice';
  if (Object.keys(errors).length > 0) return errors;
  // A rate or amount the type needs but neither the group nor the program has: the switch that leaves it
  // to the program is where the fix is.
  for (const issue of groupRuleIssues(program, formToGroupBody(v, program))) {
    if (issue.path === 'commissionRateBps') errors[own('rate') ? 'ratePercent' : 'useProgram.rate'] = 'needsRate';
    if (issue.path === 'commissionFixedMinor') errors[own('fixed') ? 'fixed' : 'useProgram.fixed'] = 'needsFixed';
  }
  return errors;
}
