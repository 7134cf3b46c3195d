import { describe, expect, test } from 'vitest';
import { DEFAULT_CLICK_ID_PARAM } from '../../workers/contracts/click-id-param';
import {
  emptyLinkForm,
  formToBody,
  type LinkFormValues,
  linkToForm,
} from '../../dashboard/src/features/links/link-form-values';
import {
  fixedParamOf,
  formToCreateImport,
  isSourceKey,
  initialImportValues,
} from '../../dashboard/src/features/imports/import-form-values';
import {
  type CreativeFormValues,
  emptyCreativeForm,
  formToCreateCreative,
  formToUpdateCreative,
  validateCreativeForm,
} from '../../dashboard/src/features/creatives/creative-form-values';
import {
  emptyProgramForm,
  formToCreateBody,
  formToUpdateBody,
  type ProgramFormValues,
  programToForm,
  validateProgramForm,
} from '../../dashboard/src/features/programs/program-form-values';
import {
  formToGroupBody,
  type GroupProgram,
  groupToForm,
  validateGroupForm,
} from '../../dashboard/src/features/enrollments/group-form-values';
import {
  emptyTaxForm,
  formFromTaxForm,
  formToTaxBody,
  switchKind,
  type TaxFormValues,
  taxFormErrors,
} from '../../dashboard/src/features/tax/tax-form-values';
import {
  formToTaxSettings,
  settingsToForm,
  taxSettingsErrors,
} from '../../dashboard/src/features/tax/tax-settings-values';
import type { Program } from '../../dashboard/src/features/programs/queries/org-programs';
import type { TaxSettings } from '../../dashboard/src/features/tax/queries/tax';

// The forms keep what the user typed (percent, major units, blank fields); the API takes basis points, minor
// units and null. These tables pin the conversion, so a form cannot send what its fields did not say.

const LANDING = 'https://shop.example.com/start';
const program = (changes: Partial<ProgramFormValues> = {}): ProgramFormValues => ({
  ...emptyProgramForm('app-1', LANDING),
  name: ' Spring sale ',
  ...changes,
});

describe('program form → API body', () => {
  test("a new program's defaults", () => {
    const body = formToCreateBody(program(), 'draft');
    expect(body).toMatchObject({
      appId: 'app-1',
      status: 'draft',
      name: 'Spring sale',
      description: null,
      commissionType: 'percent',
      commissionRateBps: 1000,
      commissionFixedMinor: null,
      revenueMinor: null,
      recurringRateBps: null,
      recurringMonths: null,
      holdDays: 30,
      cookieDays: 30,
      cancelVoidsWithinDays: null,
      capClicksDaily: null,
      payoutMinMinor: null,
      fallbackUrl: null,
      landingUrl: LANDING,
    });
    expect(body).not.toHaveProperty('slug');
    expect(body.allowedDomains).toContain('shop.example.com');
  });

  test.each([
    [{ commissionRatePercent: 12.5 }, { commissionRateBps: 1250, commissionFixedMinor: null }],
    [
      { commissionType: 'fixed' as const, commissionFixed: '1.50' },
      { commissionRateBps: null, commissionFixedMinor: 150 },
    ],
    [
      { commissionType: 'hybrid' as const, commissionRatePercent: 5, commissionFixed: '2', currency: 'JPY' },
      { commissionRateBps: 500, commissionFixedMinor: 2 },
    ],
    // CPC pays a fixed amount per click whatever type the form last showed.
    [
      { payoutModel: 'cpc' as const, commissionType: 'percent' as const, commissionFixed: '0.05' },
      { commissionType: 'fixed', commissionRateBps: null, commissionFixedMinor: 5 },
    ],
    [
      { recurringMode: 'months' as const, recurringMonths: '12', recurringRatePercent: 7 },
      { recurringMonths: 12, recurringRateBps: 700 },
    ],
    [
      { recurringMode: 'none' as const, recurringMonths: 12, recurringRatePercent: 7 },
      { recurringMonths: null, recurringRateBps: null },
    ],
    [{ multiLevelRatesPercent: [10, ''] }, { multiLevelRatesBps: [1000, 0] }],
    [
      { capClicksDaily: '500', capConversionsTotal: '' },
      { capClicksDaily: 500, capConversionsTotal: null },
    ],
    [
      { payoutMin: '25', revenue: '9.99' },
      { payoutMinMinor: 2500, revenueMinor: 999 },
    ],
    [
      { slug: ' spring ', clickIdParam: ' ' },
      { slug: 'spring', clickIdParam: DEFAULT_CLICK_ID_PARAM },
    ],
    // A leaderboard switched off sends null, whatever its selects still show.
    [{ leaderboardMetric: 'clicks' as const }, { leaderboard: null }],
    [
      { leaderboardOn: true, leaderboardMetric: 'earnings' as const, leaderboardPeriod: 'last_7_days' as const },
      { leaderboard: { metric: 'earnings', period: 'last_7_days' } },
    ],
  ])('%o sends %o', (changes, expected) => {
    expect(formToCreateBody(program(changes), 'active')).toMatchObject(expected);
  });

  test('an update sends the same settings without the app and status', () => {
    const update = formToUpdateBody(program());
    const { appId: _appId, status: _status, ...settings } = formToCreateBody(program(), 'draft');
    expect(update).toEqual(settings);
  });

  test('a stored program comes back to the form in the units it was typed in', () => {
    const stored = {
      ...formToCreateBody(
        program({
          commissionRatePercent: 12.5,
          payoutMin: '25',
          capClicksDaily: 500,
          leaderboardOn: true,
          leaderboardMetric: 'clicks',
          leaderboardPeriod: 'all_time',
        }),
        'active',
      ),
      id: 'program-1',
      slug: 'spring-sale',
    } as unknown as Program;
    const form = programToForm(stored);
    expect(form).toMatchObject({
      commissionRatePercent: 12.5,
      payoutMin: '25.00',
      capClicksDaily: 500,
      description: '',
      leaderboardOn: true,
      leaderboardMetric: 'clicks',
      leaderboardPeriod: 'all_time',
    });
    expect(formToUpdateBody(form)).toMatchObject({
      commissionRateBps: 1250,
      payoutMinMinor: 2500,
      capClicksDaily: 500,
      leaderboard: { metric: 'clicks', period: 'all_time' },
    });
  });

  test.each([
    [{}, {}],
    [{ name: ' ' }, { name: 'name' }],
    [{ slug: 'Not a slug' }, { slug: 'slug' }],
    [{ commissionRatePercent: 120 }, { commissionRatePercent: 'percent' }],
    [{ commissionType: 'fixed' as const, commissionFixed: 'abc' }, { commissionFixed: 'amount' }],
    [{ holdDays: -1 }, { holdDays: 'days' }],
    [{ landingUrl: 'http://shop.example.com' }, { landingUrl: 'url' }],
  ])('validating %o finds %o', (changes, errors) => {
    expect(validateProgramForm(program(changes))).toEqual(errors);
  });
});

const creative = (changes: Partial<CreativeFormValues> = {}): CreativeFormValues => ({
  ...emptyCreativeForm(),
  name: ' Banner ',
  ...changes,
});

describe('creative form → API body', () => {
  test('a text link sends its trimmed text and no target when blank', () => {
    expect(formToCreateCreative(creative({ kind: 'text_link', body: ' Buy now ', targetUrl: ' ' }))).toEqual({
      kind: 'text_link',
      name: 'Banner',
      body: 'Buy now',
      targetUrl: null,
      category: null,
    });
  });

  test('a template sends its SVG, its sizes once each as numbers, and its category trimmed', () => {
    const svg = '<svg viewBox="0 0 300 250"><text>{{coupon}}</text></svg>';
    const v = creative({ kind: 'template', template: svg, sizes: '300x250, 728 × 90;160x600', category: ' Sidebar ' });
    expect(validateCreativeForm(v, [])).toEqual({});
    expect(formToCreateCreative(v)).toEqual({
      kind: 'template',
      name: 'Banner',
      template: svg,
      sizes: [
        { width: 300, height: 250 },
        { width: 728, height: 90 },
        { width: 160, height: 600 },
      ],
      targetUrl: null,
      category: 'Sidebar',
    });
    expect(validateCreativeForm({ ...v, sizes: '300 by 250' }, [])).toEqual({ sizes: 'sizes' });
    expect(validateCreativeForm({ ...v, sizes: '0x250' }, [])).toEqual({ sizes: 'sizes' });
    expect(validateCreativeForm({ ...v, template: ' ' }, [])).toEqual({ template: 'template' });
  });

  test.each([
    [{ imageKey: 'uploads/a.png' }, { imageKey: 'uploads/a.png' }],
    [
      { imageSource: 'link' as const, imageUrl: ' https://cdn.example.com/a.png ' },
      { imageUrl: 'https://cdn.example.com/a.png' },
    ],
  ])('a banner with %o sends %o', (changes, image) => {
    expect(formToCreateCreative(creative({ ...changes, width: '300', height: 250 }))).toEqual({
      kind: 'banner',
      name: 'Banner',
      ...image,
      width: 300,
      height: 250,
      targetUrl: null,
      category: null,
    });
  });

  test('an edited banner without a new upload keeps its image: no image field is sent', () => {
    const update = formToUpdateCreative(creative({ uploadedUrl: '/api/uploads/x.png' }));
    expect(update).not.toHaveProperty('imageKey');
    expect(update).not.toHaveProperty('imageUrl');
  });

  test('a target outside the program’s allowed domains is refused before sending', () => {
    const v = creative({ uploadedUrl: '/api/uploads/x.png', targetUrl: 'https://elsewhere.example.net/' });
    expect(validateCreativeForm(v, ['shop.example.com'])).toEqual({ targetUrl: 'urlDomain' });
    expect(validateCreativeForm({ ...v, targetUrl: 'https://shop.example.com/x' }, ['shop.example.com'])).toEqual({});
  });
});

describe('link form → API body', () => {
  const link = (changes: Partial<LinkFormValues> = {}): LinkFormValues => ({
    ...emptyLinkForm('enrollment-1', ''),
    name: ' Newsletter ',
    ...changes,
  });

  test('blank optional fields are left out for the API to fill', () => {
    expect(formToBody(link())).toEqual({
      enrollmentId: 'enrollment-1',
      name: 'Newsletter',
      landingUrl: undefined,
      utm: {},
      params: {},
      slug: undefined,
    });
  });

  test('only filled UTM fields and named parameter rows are sent, trimmed', () => {
    const body = formToBody(
      link({
        landingUrl: ' https://shop.example.com/a ',
        utm: { source: ' mail ', medium: '', campaign: 'spring', term: ' ', content: '' },
        params: [
          { key: ' ref ', value: 'x' },
          { key: ' ', value: 'dropped' },
        ],
        slug: ' spring ',
      }),
    );
    expect(body).toEqual({
      enrollmentId: 'enrollment-1',
      name: 'Newsletter',
      landingUrl: 'https://shop.example.com/a',
      utm: { source: 'mail', campaign: 'spring' },
      params: { ref: 'x' },
      slug: 'spring',
    });
  });

  test('a stored link comes back to the same body', () => {
    const stored = {
      enrollmentId: 'enrollment-1',
      name: 'Newsletter',
      landingUrl: 'https://shop.example.com/a',
      utm: { source: 'mail' },
      params: { ref: 'x' },
      slug: 'spring',
    } as unknown as Parameters<typeof linkToForm>[0];
    expect(formToBody(linkToForm(stored))).toEqual(stored);
  });
});

describe('partner group form → API body', () => {
  const cps: GroupProgram = {
    payoutModel: 'cps',
    commissionType: 'percent',
    commissionRateBps: 3_000,
    commissionFixedMinor: null,
    currency: 'USD',
    recurringMode: 'none',
    recurringMonths: null,
    recurringRateBps: null,
    multiLevelRatesBps: [1_000, 300],
    holdDays: 30,
  };
  const inherited = {
    commissionType: null,
    commissionRateBps: null,
    commissionFixedMinor: null,
    recurringMode: null,
    recurringMonths: null,
    recurringRateBps: null,
    multiLevelRatesBps: null,
    holdDays: null,
    spendLimits: [],
    discount: null,
  };

  test("a new group leaves every term to the program, showing the program's values", () => {
    const form = groupToForm(null, cps);
    expect(form).toMatchObject({ ratePercent: 30, holdDays: 30, uplinePercent: [10, 3] });
    expect(Object.values(form.useProgram).every(Boolean)).toBe(true);
    expect(formToGroupBody({ ...form, name: ' Gold ' }, cps)).toEqual({
      name: 'Gold',
      color: 'blue',
      description: null,
      ...inherited,
    });
  });

  test('a term switched to its own value is sent in API units; the rest stay null', () => {
    const form = groupToForm(null, cps);
    const body = formToGroupBody(
      {
        ...form,
        name: 'Gold',
        description: ' Best partners ',
        useProgram: { ...form.useProgram, rate: false, hold: false, upline: false },
        ratePercent: 40.25,
        holdDays: 7,
        uplinePercent: [12.5],
      },
      cps,
    );
    expect(body).toEqual({
      name: 'Gold',
      color: 'blue',
      description: 'Best partners',
      ...inherited,
      commissionRateBps: 4_025,
      holdDays: 7,
      multiLevelRatesBps: [1_250],
    });
  });

  test("an existing group's own terms come back as the form's, and months go with their mode", () => {
    const group = {
      id: 'g1',
      programId: 'p1',
      name: 'Subs',
      color: 'teal' as const,
      description: null,
      isDefault: false,
      ...inherited,
      recurringMode: 'months' as const,
      recurringMonths: 12,
      recurringRateBps: 1_500,
      version: 2,
      rewardRules: [],
      memberCount: 4,
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
    };
    const form = groupToForm(group, cps);
    expect(form.useProgram).toMatchObject({ recurring: false, recurringRate: false, rate: true });
    expect(formToGroupBody(form, cps)).toMatchObject({
      recurringMode: 'months',
      recurringMonths: 12,
      recurringRateBps: 1_500,
      commissionRateBps: null,
    });
    // Rebills for life carry no months; a rebill rate without rebills is not sent.
    expect(formToGroupBody({ ...form, recurringMode: 'lifetime' }, cps)).toMatchObject({ recurringMonths: null });
    expect(formToGroupBody({ ...form, recurringMode: 'none' }, cps)).toMatchObject({ recurringRateBps: null });
  });

  test.each([
    ['a blank name', { name: ' ' }, { name: 'name' }],
    ['a rate over 100 %', { useProgram: { rate: false }, ratePercent: 101 }, { ratePercent: 'percent' }],
    ['half a day of hold', { useProgram: { hold: false }, holdDays: 1.5 }, { holdDays: 'days' }],
    [
      'an upline level below 0',
      { useProgram: { upline: false }, uplinePercent: [10, -1] },
      { 'uplinePercent.1': 'percent' },
    ],
    [
      'months without a number',
      { useProgram: { recurring: false }, recurringMode: 'months', recurringMonths: '' },
      { recurringMonths: 'months' },
    ],
    // The program pays a percent and has no fixed amount: a fixed group needs its own.
    [
      'a fixed type with the amount left to a program that has none',
      { useProgram: { type: false }, commissionType: 'fixed' },
      { 'useProgram.fixed': 'needsFixed' },
    ],
    [
      'a bad amount',
      { useProgram: { type: false, fixed: false }, commissionType: 'fixed', fixed: '1.234' },
      { fixed: 'amount' },
    ],
  ] as const)('refuses %s', (_label, changes, errors) => {
    const base = { ...groupToForm(null, cps), name: 'Gold' };
    const values = {
      ...base,
      ...changes,
      useProgram: { ...base.useProgram, ...('useProgram' in changes ? changes.useProgram : {}) },
    };
    expect(validateGroupForm(values as typeof base, cps)).toEqual(errors);
  });

  test('spend limits come back as typed amounts, go out in minor units, and bad ones are refused field by field', () => {
    const limits = [
      { period: 'month' as const, maxMinor: 50_000, currency: 'USD' },
      { period: 'day' as const, maxMinor: 1_000, currency: 'JPY' },
    ];
    const group = {
      id: 'g2',
      programId: 'p1',
      name: 'Capped',
      color: 'red' as const,
      description: null,
      isDefault: false,
      ...inherited,
      spendLimits: limits,
      version: 1,
      rewardRules: [],
      memberCount: 0,
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
    };
    const form = groupToForm(group, cps);
    expect(form.spendLimits).toEqual([
      { period: 'month', amount: '500.00', currency: 'USD' },
      { period: 'day', amount: '1000', currency: 'JPY' },
    ]);
    expect(formToGroupBody(form, cps).spendLimits).toEqual(limits);
    expect(validateGroupForm(form, cps)).toEqual({});
    const bad = {
      ...form,
      spendLimits: [
        { period: 'month' as const, amount: '12.345', currency: 'USD' },
        { period: 'week' as const, amount: '100', currency: 'USD' },
        { period: 'week' as const, amount: '200', currency: 'USD' },
      ],
    };
    expect(validateGroupForm(bad, cps)).toEqual({
      'spendLimits.0.amount': 'limitAmount',
      'spendLimits.2.period': 'limitTwice',
    });
  });

  test('a valid group has no errors, and a CPC program never sends a commission type', () => {
    const cpc: GroupProgram = { ...cps, payoutModel: 'cpc', commissionType: 'fixed', commissionFixedMinor: 5 };
    const form = { ...groupToForm(null, cpc), name: 'Clicks' };
    expect(validateGroupForm(form, cpc)).toEqual({});
    const own = {
      ...form,
      useProgram: { ...form.useProgram, type: false, fixed: false },
      commissionType: 'percent' as const,
      fixed: '0.10',
    };
    expect(validateGroupForm(own, cpc)).toEqual({});
    expect(formToGroupBody(own, cpc)).toMatchObject({
      commissionType: null,
      commissionFixedMinor: 10,
      commissionRateBps: null,
    });
  });
});

describe('import form values', () => {
  const base = { ...initialImportValues(), programId: 'p-1' };

  test('CSV files send their layout and only the files given; the link parameter only where the advertiser names it', () => {
    expect(formToCreateImport({ ...base, format: 'tolt', referralParam: ' aff ' }, { affiliates: 'a' })).toEqual({
      source: 'csv',
      format: 'tolt',
      files: { affiliates: 'a' },
      programId: 'p-1',
      sendWelcome: false,
      referralParam: 'aff',
    });
    const rewardful = formToCreateImport({ ...base, format: 'rewardful' }, { affiliates: 'a', commissions: 'c' });
    expect(rewardful).toMatchObject({ files: { affiliates: 'a', commissions: 'c' } });
    expect(rewardful).not.toHaveProperty('referralParam');
  });

  test('our CSV format sends its ledger key when one is given; other layouts never do', () => {
    expect(formToCreateImport({ ...base, sourceKey: ' ledger-1 ' }, { affiliates: 'a' })).toMatchObject({
      format: 'ours',
      sourceKey: 'ledger-1',
    });
    expect(formToCreateImport({ ...base, sourceKey: '' }, { affiliates: 'a' })).not.toHaveProperty('sourceKey');
    expect(formToCreateImport({ ...base, format: 'tolt', sourceKey: 'k' }, { affiliates: 'a' })).not.toHaveProperty(
      'sourceKey',
    );
    expect([isSourceKey(''), isSourceKey('file-1.a_b'), isSourceKey('a b'), isSourceKey('x'.repeat(65))]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  test('an API source sends its key, not files, and mapped campaigns only when complete', () => {
    const body = formToCreateImport(
      {
        ...base,
        source: 'rewardful',
        token: ' secret-123 ',
        campaigns: [
          { campaign: ' camp-1 ', programId: 'p-2' },
          { campaign: '', programId: 'p-3' },
          { campaign: 'camp-3', programId: null },
        ],
      },
      {},
    );
    expect(body).toEqual({
      source: 'rewardful',
      token: 'secret-123',
      programId: 'p-1',
      sendWelcome: false,
      campaignPrograms: { 'camp-1': 'p-2' },
    });
  });

  test.each([
    ['csv', 'ours', null],
    ['csv', 'rewardful', 'via'],
    ['csv', 'firstpromoter', 'fpr'],
    ['csv', 'tolt', null],
    ['csv', 'partnerstack', 'gspk'],
    ['tolt', 'ours', null],
    ['partnerstack', 'ours', 'gspk'],
  ] as const)('%s with %s layout: fixed parameter %s', (source, format, param) => {
    expect(fixedParamOf({ source, format })).toBe(param);
  });
});

describe('tax form → API body', () => {
  const w9 = (changes: Partial<TaxFormValues> = {}): TaxFormValues => ({
    ...emptyTaxForm('w9'),
    legalName: ' Ada Lovelace ',
    addressLine: '1 Main St',
    city: 'Springfield',
    region: 'IL',
    postalCode: '62701',
    tin: '123-45-6789',
    signatureName: 'Ada  Lovelace',
    certified: true,
    ...changes,
  });
  const w8 = (changes: Partial<TaxFormValues> = {}): TaxFormValues => ({
    ...w9(),
    ...switchKind(w9(), 'w8ben'),
    country: 'DE',
    tin: 'DE 123/456',
    ...changes,
  });

  test('a W-9: trimmed text, US, no treaty, blank business name as null', () => {
    expect(formToTaxBody(w9())).toEqual({
      kind: 'w9',
      shared: false,
      legalName: 'Ada Lovelace',
      businessName: null,
      taxClassification: 'individual',
      country: 'US',
      addressLine: '1 Main St',
      city: 'Springfield',
      region: 'IL',
      postalCode: '62701',
      tinType: 'ssn',
      tin: '123-45-6789',
      treatyCountry: null,
      treatyRateBps: null,
      signatureName: 'Ada  Lovelace',
      certified: true,
    });
    expect(taxFormErrors(w9())).toEqual({});
  });

  test.each([
    [
      'treaty claimed: percent to basis points',
      { claimTreaty: true, treatyCountry: 'DE', treatyRatePercent: 12.5 },
      'DE',
      1250,
    ],
    [
      'treaty not claimed: country and rate dropped',
      { claimTreaty: false, treatyCountry: 'DE', treatyRatePercent: 5 },
      null,
      null,
    ],
    ['zero percent is a rate', { claimTreaty: true, treatyCountry: 'DE', treatyRatePercent: 0 }, 'DE', 0],
  ])('a W-8BEN, %s', (_label, changes, country, bps) => {
    const body = formToTaxBody(w8(changes));
    expect(body).toMatchObject({ kind: 'w8ben', country: 'DE', tinType: 'foreign', taxClassification: null });
    expect(body.treatyCountry).toBe(country);
    expect(body.treatyRateBps).toBe(bps);
  });

  test('switching kinds keeps the name and address and resets the tax id to the kind', () => {
    const switched = switchKind(w9(), 'w8bene');
    expect(switched).toMatchObject({
      legalName: ' Ada Lovelace ',
      city: 'Springfield',
      country: '',
      tinType: 'foreign',
      tin: '',
    });
    expect(switched.taxClassification).toBe('');
    expect(switchKind(w8({ claimTreaty: true }), 'w9')).toMatchObject({
      country: 'US',
      tinType: 'ssn',
      claimTreaty: false,
    });
  });

  test.each([
    ['blank fields', w9({ city: ' ', tin: '' }), { city: 'required', tin: 'required' }],
    ['an SSN the SSA never assigns', w9({ tin: '666-12-3456' }), { tin: 'tin' }],
    ['a signature that is not the name', w9({ signatureName: 'Someone' }), { signatureName: 'signatureName' }],
    ['no certification', w9({ certified: false }), { certified: 'certified' }],
    ['a W-8BEN-E without the entity name', w8({ kind: 'w8bene' }), { businessName: 'businessName' }],
    [
      'a treaty rate above 30 %',
      w8({ claimTreaty: true, treatyCountry: 'DE', treatyRatePercent: 31 }),
      { treatyRatePercent: 'treatyRate' },
    ],
    [
      'a treaty claim without its rate',
      w8({ claimTreaty: true, treatyCountry: 'DE' }),
      { treatyRatePercent: 'required' },
    ],
  ])('flags %s', (_label, values, errors) => {
    expect(taxFormErrors(values)).toEqual(errors);
  });

  test('a form on file fills the form again, except its tax id', () => {
    const values = formFromTaxForm({
      id: 'f-1',
      affiliateId: 'a-1',
      organizationId: null,
      kind: 'w8ben',
      status: 'valid',
      legalName: 'Ada',
      businessName: null,
      taxClassification: null,
      country: 'DE',
      addressLine: 'Hauptstr. 1',
      city: 'Berlin',
      region: '',
      postalCode: '10115',
      tinType: 'foreign',
      tinLast4: '3456',
      treatyCountry: 'DE',
      treatyRateBps: 1500,
      signatureName: 'Ada',
      signedAt: '2026-01-02T00:00:00.000Z',
    });
    expect(values).toMatchObject({ shared: true, claimTreaty: true, treatyRatePercent: 15, tin: '', certified: false });
  });
});

describe('tax settings → API body', () => {
  const settings: TaxSettings = {
    formRequirement: 'never',
    thresholdMinor: null,
    thresholdCurrency: null,
    acceptsSharedForms: true,
    form1099ExcludedRails: [],
    legalName: 'Acme Inc.',
    addressLine: '',
    city: '',
    region: '',
    postalCode: '',
    country: 'US',
    payerTinLast4: '6789',
    vatId: null,
  };

  test('the stored EIN is kept (left out) unless a new one is typed or its removal ticked', () => {
    const values = settingsToForm(settings);
    expect(formToTaxSettings(values)).not.toHaveProperty('payerTin');
    expect(formToTaxSettings({ ...values, payerTin: ' 12-3456789 ' }).payerTin).toBe('12-3456789');
    expect(formToTaxSettings({ ...values, payerTin: '12-3456789', removePayerTin: true }).payerTin).toBeNull();
  });

  test.each([
    ['the amount rule: major units to minor', 'above_amount', '600', 'USD', 60_000, 'USD'],
    ['JPY has no minor unit', 'above_amount', '5000', 'JPY', 5000, 'JPY'],
    ['another rule sends no threshold', 'always', '600', 'USD', null, null],
  ] as const)('%s', (_label, formRequirement, threshold, currency, minor, sentCurrency) => {
    const body = formToTaxSettings({
      ...settingsToForm(settings),
      formRequirement,
      threshold,
      thresholdCurrency: currency,
    });
    expect(body.thresholdMinor).toBe(minor);
    expect(body.thresholdCurrency).toBe(sentCurrency);
  });

  test('a stored threshold shows in major units; blank text becomes null; rails and VAT id pass through', () => {
    const values = settingsToForm({
      ...settings,
      formRequirement: 'above_amount',
      thresholdMinor: 60_000,
      thresholdCurrency: 'USD',
    });
    expect(values.threshold).toBe('600.00');
    const body = formToTaxSettings({ ...values, country: '', vatId: ' de 123 ', form1099ExcludedRails: ['paypal'] });
    expect(body).toMatchObject({
      country: null,
      vatId: 'DE123',
      form1099ExcludedRails: ['paypal'],
      legalName: 'Acme Inc.',
    });
  });

  test.each([
    ['zero', '0', 'USD', { threshold: 'invalidAmount' }],
    ['not an amount', '6x', 'USD', { threshold: 'invalidAmount' }],
    ['no currency', '600', '', { thresholdCurrency: 'currencyRequired' }],
    ['an amount', '600.50', 'USD', {}],
  ])('the amount rule flags %s', (_label, threshold, thresholdCurrency, errors) => {
    expect(
      taxSettingsErrors({ ...settingsToForm(settings), formRequirement: 'above_amount', threshold, thresholdCurrency }),
    ).toEqual(errors);
  });
});
