import { offerIssue } from '@domain/edition-price';
import type { EditionBrandField, EditionDomainKind, EditionRewardType, RecurringMode } from '@schema/enums';
import type { EditionSettings, EditionSettingsInput } from './queries/org-editions';
import { type NumberField, minorOf } from '@/features/programs';
import { majorOf } from './edition-wizard-values';

type Interval = EditionSettings['plans'][number]['interval'];

/** One offered plan as the form holds it: amounts typed in major units of the plan's currency. */
export type PlanOfferRow = {
  /** The row's own key in the list (codes may be edited, so they cannot be keys). */
  key: string;
  code: string;
  name: string;
  interval: Interval;
  currency: string;
  listPrice: string;
  boundsKind: 'range' | 'discount';
  min: string;
  max: string;
  discount: string;
};

export type EditionSettingsValues = {
  enabled: boolean;
  programId: string;
  brandFields: EditionBrandField[];
  domainKinds: EditionDomainKind[];
  baseDomain: string;
  plans: PlanOfferRow[];
  rewardType: EditionRewardType;
  rewardPercent: NumberField;
  rewardFixed: string;
  recurringMode: RecurringMode;
  recurringMonths: NumberField;
  requiresApproval: boolean;
};

export type SettingsError =
  | 'program'
  | 'domainKinds'
  | 'baseDomain'
  | 'code'
  | 'codeTaken'
  | 'planName'
  | 'amount'
  | 'currency'
  | 'rangeOrder'
  | 'discountTooLarge'
  | 'percent'
  | 'months';

const CODE = /^[A-Za-z0-9._-]{1,64}$/;
const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const CURRENCY = /^[A-Z]{3}$/;

let rowCounter = 0;
const rowKey = () => `plan-${++rowCounter}`;

/** A new plan row: the program's currency, a monthly price, bounds from the list price up by 30 %. */
export function emptyPlanRow(currency: string): PlanOfferRow {
  return {
    key: rowKey(),
    code: '',
    name: '',
    interval: 'month',
    currency,
    listPrice: '',
    boundsKind: 'range',
    min: '',
    max: '',
    discount: '',
  };
}

/** The saved offer as the form shows it. */
export function settingsToForm(s: EditionSettings): EditionSettingsValues {
  return {
    enabled: s.enabled,
    programId: s.programId ?? '',
    brandFields: [...s.brandFields],
    domainKinds: [...s.domainKinds],
    baseDomain: s.baseDomain ?? '',
    plans: s.plans.map((p) => ({
      key: rowKey(),
      code: p.code,
      name: p.name,
      interval: p.interval,
      currency: p.currency,
      listPrice: majorOf(p.listPriceMinor, p.currency),
      boundsKind: p.bounds.kind,
      min: p.bounds.kind === 'range' ? majorOf(p.bounds.minMinor, p.currency) : '',
      max: p.bounds.kind === 'range' ? majorOf(p.bounds.maxMinor, p.currency) : '',
      discount: p.bounds.kind === 'discount' ? majorOf(p.bounds.discountMinor, p.currency) : '',
    })),
    rewardType: s.reward.type,
    rewardPercent: s.reward.rateBps === null ? '' : s.reward.rateBps / 100,
    rewardFixed: s.reward.fixedMinor === null ? '' : majorOf(s.reward.fixedMinor, s.currency ?? 'USD'),
    recurringMode: s.reward.recurringMode,
    recurringMonths: s.reward.recurringMonths ?? '',
    requiresApproval: s.requiresApproval,
  };
}

type PlanBody = EditionSettingsInput['plans'][number];

/** A row as the API takes it, or null while one of its amounts is not a plain amount of its currency. */
function planOf(row: PlanOfferRow): PlanBody | null {
  const currency = row.currency.trim().toUpperCase();
  if (!CURRENCY.test(currency)) return null;
  const list = minorOf(row.listPrice, currency);
  if (list === null) return null;
  const base = { code: row.code.trim(), name: row.name.trim(), interval: row.interval, currency, listPriceMinor: list };
  if (row.boundsKind === 'discount') {
    const discountMinor = minorOf(row.discount, currency);
    return discountMinor === null ? null : { ...base, bounds: { kind: 'discount', discountMinor } };
  }
  const minMinor = minorOf(row.min, currency);
  const maxMinor = minorOf(row.max, currency);
  return minMinor === null || maxMinor === null ? null : { ...base, bounds: { kind: 'range', minMinor, maxMinor } };
}

/** Each field's problem by form path (`plans.0.code`); empty when the offer can be saved. */
export function validateSettings(
  v: EditionSettingsValues,
  rewardCurrency: string | null,
): Record<string, SettingsError> {
  const errors: Record<string, SettingsError> = {};
  // A switched-off offer may stay half set up; switching it on needs the whole of it.
  if (v.enabled && !v.programId) errors.programId = 'program';
  if (v.domainKinds.length === 0) errors.domainKinds = 'domainKinds';
  const base = v.baseDomain.trim().toLowerCase();
  if ((v.domainKinds.includes('subdomain') || base) && !DOMAIN.test(base)) errors.baseDomain = 'baseDomain';
  const codes = v.plans.map((p) => p.code.trim());
  v.plans.forEach((row, i) => {
    const at = (field: string) => `plans.${i}.${field}`;
    const currency = row.currency.trim().toUpperCase();
    if (!CODE.test(row.code.trim())) errors[at('code')] = 'code';
    else if (codes.indexOf(row.code.trim()) !== i) errors[at('code')] = 'codeTaken';
    if (!row.name.trim() || row.name.trim().length > 80) errors[at('name')] = 'planName';
    if (!CURRENCY.test(currency)) errors[at('currency')] = 'currency';
    const amount = (field: 'listPrice' | 'min' | 'max' | 'discount') => {
      if (CURRENCY.test(currency) && minorOf(row[field], currency) === null) errors[at(field)] = 'amount';
    };
    amount('listPrice');
    if (row.boundsKind === 'range') {
      amount('min');
      amount('max');
    } else amount('discount');
    const plan = planOf(row);
    const issue = plan && offerIssue(plan);
    if (issue)
      errors[at(row.boundsKind === 'range' ? 'max' : 'discount')] =
        row.boundsKind === 'range' ? 'rangeOrder' : 'discountTooLarge';
  });
  if (v.rewardType === 'percent') {
    const percent = Number(v.rewardPercent);
    if (v.rewardPercent === '' || !(percent >= 0 && percent <= 100)) errors.rewardPercent = 'percent';
  } else if (minorOf(v.rewardFixed, rewardCurrency ?? 'USD') === null) errors.rewardFixed = 'amount';
  if (v.recurringMode === 'months') {
    const months = Number(v.recurringMonths);
    if (!Number.isInteger(months) || months < 1 || months > 120) errors.recurringMonths = 'months';
  }
  return errors;
}

/** The form field a server issue's path names (`plans.0.bounds` → that row's bound), or null. */
export function issueField(path: string, v: EditionSettingsValues): string | null {
  const plan = /^plans\.(\d+)\.(bounds|code)$/.exec(path);
  if (plan) {
    const row = v.plans[Number(plan[1])];
    if (!row) return null;
    if (plan[2] === 'code') return `plans.${plan[1]}.code`;
    return `plans.${plan[1]}.${row.boundsKind === 'range' ? 'max' : 'discount'}`;
  }
  const fields: Record<string, keyof EditionSettingsValues> = {
    programId: 'programId',
    baseDomain: 'baseDomain',
    'reward.rateBps': 'rewardPercent',
    'reward.fixedMinor': 'rewardFixed',
    'reward.recurringMonths': 'recurringMonths',
  };
  return fields[path] ?? null;
}

/** The PUT body of a valid form, or null. Percent becomes basis points (two decimals at most, as typed). */
export function formToSettings(v: EditionSettingsValues, rewardCurrency: string | null): EditionSettingsInput | null {
  if (Object.keys(validateSettings(v, rewardCurrency)).length > 0) return null;
  return {
    enabled: v.enabled,
    programId: v.programId || null,
    brandFields: v.brandFields,
    domainKinds: v.domainKinds,
    baseDomain: v.baseDomain.trim().toLowerCase() || null,
    plans: v.plans.map((row) => planOf(row)!),
    reward: {
      type: v.rewardType,
      rateBps: v.rewardType === 'percent' ? Math.round(Number(v.rewardPercent) * 100) : null,
      fixedMinor: v.rewardType === 'fixed' ? minorOf(v.rewardFixed, rewardCurrency ?? 'USD') : null,
      recurringMode: v.recurringMode,
      recurringMonths: v.recurringMode === 'months' ? Number(v.recurringMonths) : null,
    },
    requiresApproval: v.requiresApproval,
  };
}
