import { currencyDecimals, formatMinorUnits } from '@domain/format-minor-units';
import { parseMajorUnits } from '@domain/major-units';
import type { BountyKind, BountyMetric } from '@schema/enums';
import { toIsoDate } from '@/lib/date-range';
import type { Bounty, CreateBounty } from './queries/bounties';

export type BountyScopeKind = 'all' | 'group' | 'tag';

export type BountyFormValues = {
  programId: string;
  kind: BountyKind;
  name: string;
  description: string;
  metric: BountyMetric;
  /** A count, or major units of the program's currency for sale_amount. */
  target: string;
  /** Major units of the program's currency. */
  bonus: string;
  /** '' for no limit. */
  maxWinners: string;
  /** First and last day, 'YYYY-MM-DD' in the viewer's time zone; both inclusive. */
  startDay: string;
  endDay: string;
  scope: BountyScopeKind;
  groupId: string;
  tag: string;
};

export type BountyFormError = 'name' | 'program' | 'target' | 'bonus' | 'winners' | 'days' | 'group' | 'tag';

const DAY_MS = 86_400_000;
const TAG = /^[\p{L}\p{N}][\p{L}\p{N} _.-]*$/u;

function minorOf(major: string, currency: string): number | null {
  const parsed = parseMajorUnits(major.trim(), currencyDecimals(currency));
  return parsed.ok && parsed.minor > 0 ? parsed.minor : null;
}
const wholeOf = (text: string): number | null =>
  /^\d{1,15}$/.test(text.trim()) && Number(text.trim()) > 0 ? Number(text.trim()) : null;
/** Local midnight of a 'YYYY-MM-DD' day, or of the day `after` days later (DST-proof: the calendar, not 24 h). */
const midnight = (day: string, after = 0): Date => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + after);
};

/** A saved bounty as the form shows it, or a new one: this week, one winner's worth of money left blank. */
export function bountyToForm(b: Bounty | null, defaults: { programId: string; now: Date }): BountyFormValues {
  if (!b)
    return {
      programId: defaults.programId,
      kind: 'submission',
      name: '',
      description: '',
      metric: 'sales',
      target: '10',
      bonus: '',
      maxWinners: '',
      startDay: toIsoDate(defaults.now),
      endDay: toIsoDate(new Date(defaults.now.getTime() + 29 * DAY_MS)),
      scope: 'all',
      groupId: '',
      tag: '',
    };
  const metric = b.goal?.metric ?? 'sales';
  return {
    programId: b.programId,
    kind: b.kind,
    name: b.name,
    description: b.description,
    metric,
    target: b.goal
      ? metric === 'sale_amount'
        ? formatMinorUnits(b.goal.target, b.bonus.currency)
        : String(b.goal.target)
      : '10',
    bonus: formatMinorUnits(b.bonus.amountMinor, b.bonus.currency),
    maxWinners: b.maxWinners === null ? '' : String(b.maxWinners),
    startDay: toIsoDate(new Date(b.startsAt)),
    // The end is exclusive: the last day shown is the one before it.
    endDay: toIsoDate(new Date(new Date(b.endsAt).getTime() - 1)),
    scope: b.scope.groupId ? 'group' : b.scope.tag ? 'tag' : 'all',
    groupId: b.scope.groupId ?? '',
    tag: b.scope.tag ?? '',
  };
}

/** Each field's problem, as a key of `form.errors`; empty when the form can be sent. */
export function validateBountyForm(v: BountyFormValues, currency: string): Partial<Record<string, BountyFormError>> {
  const errors: Partial<Record<string, BountyFormError>> = {};
  if (!v.name.trim() || v.name.trim().length > 200) errors.name = 'name';
  if (!v.programId) errors.programId = 'program';
  if (v.kind === 'performance') {
    const target = v.metric === 'sale_amount' ? minorOf(v.target, currency) : wholeOf(v.target);
    if (target === null) errors.target = 'target';
  }
  if (minorOf(v.bonus, currency) === null) errors.bonus = 'bonus';
  if (v.maxWinners.trim() !== '' && (wholeOf(v.maxWinners) === null || Number(v.maxWinners) > 100_000))
    errors.maxWinners = 'winners';
  if (!v.startDay || !v.endDay || v.endDay < v.startDay) errors.endDay = 'days';
  if (v.scope === 'group' && !v.groupId) errors.groupId = 'group';
  if (v.scope === 'tag' && (!v.tag.trim() || v.tag.trim().length > 40 || !TAG.test(v.tag.trim()))) errors.tag = 'tag';
  return errors;
}

/** The request body of a valid form (program and kind only on creation), or null. */
export function formToBountyBody(v: BountyFormValues, currency: string): CreateBounty | null {
  if (Object.keys(validateBountyForm(v, currency)).length > 0) return null;
  const target = v.metric === 'sale_amount' ? minorOf(v.target, currency) : wholeOf(v.target);
  return {
    programId: v.programId,
    kind: v.kind,
    name: v.name.trim(),
    description: v.description.trim(),
    goal: v.kind === 'performance' && target !== null ? { metric: v.metric, target } : null,
    bonus: { amountMinor: minorOf(v.bonus, currency)!, currency },
    maxWinners: v.maxWinners.trim() === '' ? null : Number(v.maxWinners),
    startsAt: midnight(v.startDay).toISOString(),
    endsAt: midnight(v.endDay, 1).toISOString(),
    scope: {
      groupId: v.scope === 'group' ? v.groupId : null,
      tag: v.scope === 'tag' ? v.tag.trim().toLowerCase() : null,
    },
  };
}
