import { describe, expect, test } from 'vitest';
import { DEFAULT_CLICK_ID_PARAM } from '../../workers/contracts/click-id-param';
import {
  emptyLinkForm,
  formToBody,
  type LinkFormValues,
  linkToForm,
} from '../../dashboard/src/components/affiliate/link-form-values';
import {
  fixedParamOf,
  formToCreateImport,
  initialImportValues,
} from '../../dashboard/src/components/imports/import-form-values';
import {
  type CreativeFormValues,
  emptyCreativeForm,
  formToCreateCreative,
  formToUpdateCreative,
  validateCreativeForm,
} from '../../dashboard/src/components/org-programs/creative-form-values';
import {
  emptyProgramForm,
  formToCreateBody,
  formToUpdateBody,
  type ProgramFormValues,
  programToForm,
  validateProgramForm,
} from '../../dashboard/src/components/org-programs/program-form-values';
import {
  formToGroupBody,
  type GroupProgram,
  groupToForm,
  validateGroupForm,
} from '../../dashboard/src/components/program-groups/group-form-values';
import type { Program } from '../../dashboard/src/queries/org-programs';

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
