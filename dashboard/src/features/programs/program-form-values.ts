import { CLICK_ID_PARAM_PATTERN, DEFAULT_CLICK_ID_PARAM } from '@contracts/click-id-param';
import { COUNTRY_CODES, CURRENCY_CODES } from '@contracts/iso-codes';
import { currencyDecimals, formatMinorUnits } from '@domain/format-minor-units';
import { isIpAllowEntry } from '@domain/ip-allow-list';
import { parseMajorUnits } from '@domain/major-units';
import { defaultAllowedDomains, httpsHost, isDomainEntry, programRuleIssues } from '@domain/program-rules';
import type { CreateProgram, Program, UpdateProgram } from './queries/org-programs';

type Settings = Required<Omit<CreateProgram, 'appId' | 'status'>>;

/** A blank number input is '' in Mantine; for caps and overrides blank means "none". */
export type NumberField = number | string;

/** The form's fields: rates in percent, amounts in major units as typed, lists as rows or tags. */
export type ProgramFormValues = {
  appId: string;
  name: string;
  slug: string;
  description: string;
  visibility: Settings['visibility'];
  payoutModel: Settings['payoutModel'];
  commissionType: Settings['commissionType'];
  commissionRatePercent: NumberField;
  commissionFixed: string;
  revenue: string;
  currency: string;
  recurringMode: Settings['recurringMode'];
  recurringMonths: NumberField;
  recurringRatePercent: NumberField;
  multiLevelRatesPercent: NumberField[];
  holdDays: NumberField;
  cancelVoidsWithinDays: NumberField;
  cookieDays: NumberField;
  attributionRule: Settings['attributionRule'];
  landingUrl: string;
  landingUrls: string[];
  allowedDomains: string[];
  fallbackUrl: string;
  clickIdParam: string;
  referralParams: string[];
  geoAllow: string[];
  geoDeny: string[];
  capClicksDaily: NumberField;
  capClicksTotal: NumberField;
  capConversionsDaily: NumberField;
  capConversionsTotal: NumberField;
  payoutMin: string;
  fraudMaxConversionsPerIpHour: NumberField;
  fraudMinSecondsAfterClick: NumberField;
  postbackAllowedIps: string[];
  onboardingBrief: string;
  goals: string;
  /** The marketplace's category; '' when not set. */
  category: '' | NonNullable<Program['category']>;
  languages: Program['languages'];
  /** The referred customer's discount: none, a percent or an amount in the program's currency. */
  discountType: 'none' | 'percent' | 'amount';
  discountPercent: NumberField;
  discountAmount: string;
  discountDuration: 'once' | 'repeating' | 'forever';
  discountMonths: NumberField;
  discountInLink: boolean;
  /** Whether affiliates see a leaderboard, and what it ranks over which days (kept while it is off). */
  leaderboardOn: boolean;
  leaderboardMetric: NonNullable<Settings['leaderboard']>['metric'];
  leaderboardPeriod: NonNullable<Settings['leaderboard']>['period'];
};

export const CAP_FIELDS = ['capClicksDaily', 'capClicksTotal', 'capConversionsDaily', 'capConversionsTotal'] as const;
export const MAX_LEVELS = 3;
export const COUNTRIES = [...COUNTRY_CODES].sort();
export const CURRENCIES = [...CURRENCY_CODES].sort();

const percentOf = (bps: number | null): NumberField => (bps === null ? '' : bps / 100);
const bpsOf = (percent: NumberField): number | null => (percent === '' ? null : Math.round(Number(percent) * 100));
const intOrNull = (value: NumberField): number | null => (value === '' ? null : Number(value));
const textOrNull = (value: string): string | null => (value.trim() === '' ? null : value);
const majorOf = (minor: number | null, currency: string) => (minor === null ? '' : formatMinorUnits(minor, currency));

/** A typed amount in the currency's minor units, or null when blank or not a valid amount. */
export function minorOf(major: string, currency: string): number | null {
  const parsed = parseMajorUnits(major.trim(), currencyDecimals(currency));
  return parsed.ok ? parsed.minor : null;
}

/** A new program's form: the API's defaults (10 %, 30-day hold and cookie, the platform's payout minimum). */
export function emptyProgramForm(appId: string, landingUrl: string): ProgramFormValues {
  return {
    appId,
    name: '',
    slug: '',
    description: '',
    visibility: 'approval',
    payoutModel: 'cps',
    commissionType: 'percent',
    commissionRatePercent: 10,
    commissionFixed: '',
    revenue: '',
    currency: 'USD',
    recurringMode: 'none',
    recurringMonths: '',
    recurringRatePercent: '',
    multiLevelRatesPercent: [],
    holdDays: 30,
    cancelVoidsWithinDays: '',
    cookieDays: 30,
    attributionRule: 'last_click',
    landingUrl,
    landingUrls: [],
    allowedDomains: [],
    fallbackUrl: '',
    clickIdParam: DEFAULT_CLICK_ID_PARAM,
    referralParams: ['ref'],
    geoAllow: [],
    geoDeny: [],
    capClicksDaily: '',
    capClicksTotal: '',
    capConversionsDaily: '',
    capConversionsTotal: '',
    payoutMin: '',
    fraudMaxConversionsPerIpHour: 10,
    fraudMinSecondsAfterClick: 10,
    postbackAllowedIps: [],
    discountType: 'none',
    discountPercent: '',
    discountAmount: '',
    discountDuration: 'once',
    discountMonths: '',
    discountInLink: false,
    leaderboardOn: false,
    leaderboardMetric: 'conversions',
    leaderboardPeriod: 'this_month',
    onboardingBrief: '',
    goals: '',
    category: '',
    languages: ['en'],
  };
}

export function programToForm(p: Program): ProgramFormValues {
  return {
    appId: p.appId,
    name: p.name,
    slug: p.slug,
    description: p.description ?? '',
    visibility: p.visibility,
    payoutModel: p.payoutModel,
    commissionType: p.commissionType,
    commissionRatePercent: percentOf(p.commissionRateBps),
    commissionFixed: majorOf(p.commissionFixedMinor, p.currency),
    revenue: majorOf(p.revenueMinor, p.currency),
    currency: p.currency,
    recurringMode: p.recurringMode,
    recurringMonths: p.recurringMonths ?? '',
    recurringRatePercent: percentOf(p.recurringRateBps),
    multiLevelRatesPercent: p.multiLevelRatesBps.map((bps) => bps / 100),
    holdDays: p.holdDays,
    cancelVoidsWithinDays: p.cancelVoidsWithinDays ?? '',
    cookieDays: p.cookieDays,
    attributionRule: p.attributionRule,
    landingUrl: p.landingUrl,
    landingUrls: p.landingUrls,
    allowedDomains: p.allowedDomains,
    fallbackUrl: p.fallbackUrl ?? '',
    clickIdParam: p.clickIdParam,
    referralParams: p.referralParams,
    geoAllow: p.geoAllow,
    geoDeny: p.geoDeny,
    capClicksDaily: p.capClicksDaily ?? '',
    capClicksTotal: p.capClicksTotal ?? '',
    capConversionsDaily: p.capConversionsDaily ?? '',
    capConversionsTotal: p.capConversionsTotal ?? '',
    payoutMin: majorOf(p.payoutMinMinor, p.currency),
    ...discountFields(p),
    leaderboardOn: p.leaderboard !== null,
    leaderboardMetric: p.leaderboard?.metric ?? 'conversions',
    leaderboardPeriod: p.leaderboard?.period ?? 'this_month',
    fraudMaxConversionsPerIpHour: p.fraudMaxConversionsPerIpHour,
    fraudMinSecondsAfterClick: p.fraudMinSecondsAfterClick,
    postbackAllowedIps: p.postbackAllowedIps,
    onboardingBrief: p.onboardingBrief ?? '',
    goals: p.goals ?? '',
    category: p.category ?? '',
    languages: p.languages,
  };
}

/** The commission type the program gets: a CPC program always pays a fixed amount, its rate per click. */
export function commissionTypeOf(
  v: Pick<ProgramFormValues, 'payoutModel' | 'commissionType'>,
): Settings['commissionType'] {
  return v.payoutModel === 'cpc' ? 'fixed' : v.commissionType;
}

/** Every setting as the API takes it; blank optional fields become null (or the API's default). */
export function formToSettings(v: ProgramFormValues): Omit<Settings, 'slug'> & { slug?: string } {
  const commissionType = commissionTypeOf(v);
  const percent = commissionType !== 'fixed';
  const fixed = commissionType !== 'percent';
  const landingUrls = v.landingUrls.map((u) => u.trim()).filter((u) => u !== '');
  return {
    name: v.name.trim(),
    ...(v.slug.trim() ? { slug: v.slug.trim() } : {}),
    description: textOrNull(v.description),
    visibility: v.visibility,
    payoutModel: v.payoutModel,
    commissionType,
    commissionRateBps: percent ? bpsOf(v.commissionRatePercent) : null,
    commissionFixedMinor: fixed ? minorOf(v.commissionFixed, v.currency) : null,
    revenueMinor: v.revenue.trim() ? minorOf(v.revenue, v.currency) : null,
    currency: v.currency,
    recurringMode: v.recurringMode,
    recurringMonths: v.recurringMode === 'months' ? intOrNull(v.recurringMonths) : null,
    recurringRateBps: v.recurringMode === 'none' ? null : bpsOf(v.recurringRatePercent),
    multiLevelRatesBps: v.multiLevelRatesPercent.map((p) => bpsOf(p) ?? 0),
    holdDays: Number(v.holdDays),
    cancelVoidsWithinDays: intOrNull(v.cancelVoidsWithinDays),
    cookieDays: Number(v.cookieDays),
    attributionRule: v.attributionRule,
    landingUrl: v.landingUrl.trim(),
    landingUrls,
    allowedDomains:
      v.allowedDomains.length > 0 ? v.allowedDomains : defaultAllowedDomains(v.landingUrl.trim(), landingUrls),
    fallbackUrl: textOrNull(v.fallbackUrl.trim()),
    clickIdParam: v.clickIdParam.trim() || DEFAULT_CLICK_ID_PARAM,
    referralParams: v.referralParams.length > 0 ? v.referralParams : ['ref'],
    geoAllow: v.geoAllow,
    geoDeny: v.geoDeny,
    capClicksDaily: intOrNull(v.capClicksDaily),
    capClicksTotal: intOrNull(v.capClicksTotal),
    capConversionsDaily: intOrNull(v.capConversionsDaily),
    capConversionsTotal: intOrNull(v.capConversionsTotal),
    payoutMinMinor: v.payoutMin.trim() ? minorOf(v.payoutMin, v.currency) : null,
    fraudMaxConversionsPerIpHour: Number(v.fraudMaxConversionsPerIpHour),
    fraudMinSecondsAfterClick: Number(v.fraudMinSecondsAfterClick),
    postbackAllowedIps: v.postbackAllowedIps,
    onboardingBrief: textOrNull(v.onboardingBrief),
    goals: textOrNull(v.goals),
    category: v.category === '' ? null : v.category,
    languages: v.languages,
    discount: discountOf(v),
    discountInLink: v.discountInLink,
    leaderboard: v.leaderboardOn ? { metric: v.leaderboardMetric, period: v.leaderboardPeriod } : null,
  };
}

/** A program's discount as the form shows it; an amount is shown in its own currency's major units. */
function discountFields(
  p: Program,
): Pick<
  ProgramFormValues,
  'discountType' | 'discountPercent' | 'discountAmount' | 'discountDuration' | 'discountMonths' | 'discountInLink'
> {
  const d = p.discount;
  return {
    discountType: d?.type ?? 'none',
    discountPercent: d?.type === 'percent' ? d.percentBps / 100 : '',
    discountAmount: d?.type === 'amount' ? formatMinorUnits(d.amountMinor, d.currency) : '',
    discountDuration: d?.duration ?? 'once',
    discountMonths: d?.durationMonths ?? '',
    discountInLink: p.discountInLink,
  };
}

/** The form's discount as the API takes it (an amount in the program's currency). */
export function discountOf(v: ProgramFormValues): Settings['discount'] {
  if (v.discountType === 'none') return null;
  const lasts = {
    duration: v.discountDuration,
    ...(v.discountDuration === 'repeating' ? { durationMonths: Number(v.discountMonths) } : {}),
  };
  if (v.discountType === 'percent')
    return { type: 'percent', percentBps: Math.round(Number(v.discountPercent) * 100), ...lasts };
  return { type: 'amount', amountMinor: minorOf(v.discountAmount, v.currency) ?? 0, currency: v.currency, ...lasts };
}

export function formToCreateBody(v: ProgramFormValues, status: 'draft' | 'active'): CreateProgram {
  return { appId: v.appId, status, ...formToSettings(v) };
}

export function formToUpdateBody(v: ProgramFormValues): UpdateProgram {
  return formToSettings(v);
}

/** What is wrong with a field, as a key under `errors.*` in the orgprograms namespace. */
export type ProgramFieldError =
  | 'required'
  | 'name'
  | 'slug'
  | 'percent'
  | 'amount'
  | 'months'
  | 'voidDays'
  | 'days'
  | 'count'
  | 'url'
  | 'urlDomain'
  | 'domains'
  | 'geoBoth'
  | 'ips'
  | 'tooLong'
  | 'currency'
  | 'clickIdParam';

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;
const TEXT_MAX = 20_000;
const INT_MAX = 2_147_483_647;

const isInt = (value: NumberField, min: number, max: number) =>
  value !== '' && Number.isInteger(Number(value)) && Number(value) >= min && Number(value) <= max;
const isPercent = (value: NumberField) => value !== '' && Number(value) >= 0 && Number(value) <= 100;

/**
 * The API's rules for a program (its request schema's bounds and workers/domain/program-rules.ts, which the
 * schema runs too), so the form refuses what the API would refuse, field by field.
 */
export function validateProgramForm(v: ProgramFormValues): Partial<Record<string, ProgramFieldError>> {
  const errors: Partial<Record<string, ProgramFieldError>> = {};
  if (!v.appId) errors.appId = 'required';
  if (!v.name.trim() || v.name.trim().length > 200) errors.name = 'name';
  if (v.slug.trim() && !SLUG.test(v.slug.trim())) errors.slug = 'slug';
  if (!CURRENCY_CODES.has(v.currency)) errors.currency = 'currency';
  const commissionType = commissionTypeOf(v);
  if (commissionType !== 'fixed' && !isPercent(v.commissionRatePercent)) errors.commissionRatePercent = 'percent';
  if (commissionType !== 'percent' && minorOf(v.commissionFixed, v.currency) === null)
    errors.commissionFixed = 'amount';
  if (v.revenue.trim() && minorOf(v.revenue, v.currency) === null) errors.revenue = 'amount';
  if (v.recurringMode === 'months' && !isInt(v.recurringMonths, 1, 1_200)) errors.recurringMonths = 'months';
  if (v.recurringMode !== 'none' && v.recurringRatePercent !== '' && !isPercent(v.recurringRatePercent))
    errors.recurringRatePercent = 'percent';
  v.multiLevelRatesPercent.forEach((rate, i) => {
    if (!isPercent(rate)) errors[`multiLevelRatesPercent.${i}`] = 'percent';
  });
  if (!isInt(v.holdDays, 0, 3_650)) errors.holdDays = 'days';
  if (!isInt(v.cookieDays, 0, 3_650)) errors.cookieDays = 'days';
  if (v.cancelVoidsWithinDays !== '' && !isInt(v.cancelVoidsWithinDays, 1, 3_650))
    errors.cancelVoidsWithinDays = 'voidDays';
  for (const field of CAP_FIELDS) if (v[field] !== '' && !isInt(v[field], 0, INT_MAX)) errors[field] = 'count';
  if (v.payoutMin.trim() && minorOf(v.payoutMin, v.currency) === null) errors.payoutMin = 'amount';
  if (!isInt(v.fraudMaxConversionsPerIpHour, 1, 1_000_000)) errors.fraudMaxConversionsPerIpHour = 'count';
  if (!isInt(v.fraudMinSecondsAfterClick, 0, 86_400)) errors.fraudMinSecondsAfterClick = 'count';
  if (v.clickIdParam.trim() && !CLICK_ID_PARAM_PATTERN.test(v.clickIdParam.trim()))
    errors.clickIdParam = 'clickIdParam';
  if (v.allowedDomains.some((d) => !isDomainEntry(d.trim().toLowerCase()))) errors.allowedDomains = 'domains';
  if (v.postbackAllowedIps.some((ip) => !isIpAllowEntry(ip.trim()))) errors.postbackAllowedIps = 'ips';
  if (v.description.length > TEXT_MAX) errors.description = 'tooLong';
  if (v.onboardingBrief.length > TEXT_MAX) errors.onboardingBrief = 'tooLong';
  if (v.goals.length > TEXT_MAX) errors.goals = 'tooLong';
  if (v.discountType === 'percent' && !(isPercent(v.discountPercent) && Number(v.discountPercent) > 0))
    errors.discountPercent = 'percent';
  if (v.discountType === 'amount' && !((minorOf(v.discountAmount, v.currency) ?? 0) > 0))
    errors.discountAmount = 'amount';
  if (v.discountType !== 'none' && v.discountDuration === 'repeating' && !isInt(v.discountMonths, 1, 36))
    errors.discountMonths = 'months';
  const urlFields: [string, string][] = [
    ['landingUrl', v.landingUrl],
    ...v.landingUrls.map((u, i): [string, string] => [`landingUrls.${i}`, u]),
  ];
  if (v.fallbackUrl.trim()) urlFields.push(['fallbackUrl', v.fallbackUrl]);
  for (const [field, url] of urlFields) if (httpsHost(url.trim()) === null) errors[field] = 'url';
  if (Object.keys(errors).length > 0) return errors;
  // The cross-field rules need every single field valid first; their paths are the API's field names.
  for (const issue of programRuleIssues(formToSettings(v))) {
    const field = RULE_FIELDS[issue.path] ?? issue.path;
    errors[field] ??= field === 'geoDeny' ? 'geoBoth' : field.startsWith('commission') ? 'required' : 'urlDomain';
  }
  return errors;
}

/** The API's names of the settings the form shows in other units. */
const RULE_FIELDS: Record<string, string> = {
  commissionRateBps: 'commissionRatePercent',
  commissionFixedMinor: 'commissionFixed',
  recurringMonths: 'recurringMonths',
};
