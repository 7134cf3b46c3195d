import { describe, expect, test } from 'vitest';
import {
  type EditionSettingsValues,
  emptyPlanRow,
  formToSettings,
  validateSettings,
} from '../../dashboard/src/features/editions/edition-settings-values';
import {
  editionToWizard,
  firstInvalidStep,
  stepErrors,
  wizardHost,
  wizardToBody,
} from '../../dashboard/src/features/editions/edition-wizard-values';
import type { EditionApp } from '../../dashboard/src/features/editions/queries/my-editions';

const APP: EditionApp = {
  appId: '01900000-0000-7000-8000-0000000000a1',
  appName: 'Podruga AI',
  siteUrl: 'https://podruga.example/',
  brandFields: ['name', 'colors'],
  domainKinds: ['subdomain', 'custom'],
  baseDomain: 'podruga.example',
  plans: [
    {
      code: 'pro.monthly',
      name: 'Pro',
      listPriceMinor: 1_000,
      currency: 'USD',
      interval: 'month',
      bounds: { kind: 'range', minMinor: 1_000, maxMinor: 1_300 },
    },
    {
      code: 'year',
      name: 'Year',
      listPriceMinor: 9_900,
      currency: 'USD',
      interval: 'year',
      bounds: { kind: 'discount', discountMinor: 900 },
    },
  ],
  reward: {
    type: 'percent',
    rateBps: 3_000,
    fixedMinor: null,
    recurringMode: 'none',
    recurringMonths: null,
    currency: 'USD',
  },
  requiresApproval: true,
  programId: '01900000-0000-7000-8000-0000000000b1',
  enrolled: true,
};

const filled = () => ({ ...editionToWizard(null, [APP]), name: "Alice's AI Friend", subdomain: 'alice' });

describe('edition wizard', () => {
  test('a new edition of the only app sells every plan at its default price', () => {
    expect(editionToWizard(null, [APP])).toMatchObject({
      appId: APP.appId,
      domainKind: 'subdomain',
      planCodes: ['pro.monthly', 'year'],
      prices: ['10.00', '90.00'],
    });
  });

  test.each([
    ['a label under the base domain', { subdomain: 'Alice' }, 'alice.podruga.example'],
    ['a label too short', { subdomain: 'al' }, ''],
    ['a double hyphen', { subdomain: 'al--ice' }, ''],
    [
      'an own hostname, trailing dot dropped',
      { domainKind: 'custom', customHost: 'AI.Alice.example.' },
      'ai.alice.example',
    ],
    ['an own hostname without a dot', { domainKind: 'custom', customHost: 'localhost' }, ''],
  ] as const)('host: %s', (_label, change, host) => {
    expect(wizardHost({ ...filled(), ...change }, APP)).toBe(host);
  });

  test.each([
    ['inside the range', '12.50', {}],
    ['the minimum itself', '10', {}],
    ['above the maximum', '13.01', { 'prices.0': 'priceAbove' }],
    ['below the minimum', '9.99', { 'prices.0': 'priceBelow' }],
    ['not an amount', '12,50', { 'prices.0': 'priceFormat' }],
    ['more decimals than the currency', '12.505', { 'prices.0': 'priceFormat' }],
  ])('a price %s', (_label, price, errors) => {
    expect(stepErrors('plans', { ...filled(), prices: [price, 'anything'] }, APP)).toEqual(errors);
  });

  test('a plan not sold is not checked; selling none is refused', () => {
    expect(stepErrors('plans', { ...filled(), planCodes: ['year'], prices: ['oops', ''] }, APP)).toEqual({});
    expect(stepErrors('plans', { ...filled(), planCodes: [] }, APP)).toEqual({ planCodes: 'plans' });
  });

  test('the first step with a problem is where the wizard goes back to', () => {
    expect(firstInvalidStep({ ...filled(), name: ' ' }, APP)).toBe('brand');
    expect(firstInvalidStep({ ...filled(), subdomain: '' }, APP)).toBe('domain');
    expect(firstInvalidStep(filled(), { ...APP, enrolled: false })).toBe('app');
    expect(firstInvalidStep(filled(), APP)).toBeNull();
  });

  test('the body carries minor units, the discounted plan at its one price, colours lower-cased', () => {
    const body = wizardToBody({ ...filled(), primaryColor: '#0B6E4F', prices: ['12.50', '1'] }, APP);
    expect(body).toEqual({
      appId: APP.appId,
      name: "Alice's AI Friend",
      primaryColor: '#0b6e4f',
      accentColor: null,
      domainKind: 'subdomain',
      host: 'alice.podruga.example',
      plans: [
        { code: 'pro.monthly', priceMinor: 1_250 },
        { code: 'year', priceMinor: 9_000 },
      ],
    });
    expect(wizardToBody({ ...filled(), primaryColor: 'green' }, APP)).toBeNull();
  });
});

const settings = (change: Partial<EditionSettingsValues> = {}): EditionSettingsValues => ({
  enabled: true,
  programId: APP.programId,
  brandFields: ['name'],
  domainKinds: ['subdomain'],
  baseDomain: 'Podruga.example',
  plans: [{ ...emptyPlanRow('USD'), code: 'pro', name: 'Pro', listPrice: '10', min: '10', max: '13' }],
  rewardType: 'percent',
  rewardPercent: 30.5,
  rewardFixed: '',
  recurringMode: 'months',
  recurringMonths: 12,
  requiresApproval: true,
  ...change,
});

describe('edition settings form', () => {
  test('the body: minor units, basis points, the base domain lower-cased', () => {
    expect(formToSettings(settings(), 'USD')).toEqual({
      enabled: true,
      programId: APP.programId,
      brandFields: ['name'],
      domainKinds: ['subdomain'],
      baseDomain: 'podruga.example',
      plans: [
        {
          code: 'pro',
          name: 'Pro',
          interval: 'month',
          currency: 'USD',
          listPriceMinor: 1_000,
          bounds: { kind: 'range', minMinor: 1_000, maxMinor: 1_300 },
        },
      ],
      reward: { type: 'percent', rateBps: 3_050, fixedMinor: null, recurringMode: 'months', recurringMonths: 12 },
      requiresApproval: true,
    });
  });

  test.each([
    ['on without a program', { programId: '' }, { programId: 'program' }],
    ['off without a program', { enabled: false, programId: '' }, {}],
    ['subdomains without a base domain', { baseDomain: '' }, { baseDomain: 'baseDomain' }],
    ['no kind of address', { domainKinds: [] }, { domainKinds: 'domainKinds' }],
    ['a rate over 100 %', { rewardPercent: 101 }, { rewardPercent: 'percent' }],
    ['121 months', { recurringMonths: 121 }, { recurringMonths: 'months' }],
    ['a fixed reward that is not an amount', { rewardType: 'fixed', rewardFixed: '1e3' }, { rewardFixed: 'amount' }],
  ] as const)('%s', (_label, change, errors) => {
    expect(validateSettings(settings(change as Partial<EditionSettingsValues>), 'USD')).toEqual(errors);
  });

  test('plan rows: an upside-down range, a discount above the list price, a repeated code', () => {
    const row = settings().plans[0]!;
    expect(validateSettings(settings({ plans: [{ ...row, min: '14' }] }), 'USD')).toEqual({
      'plans.0.max': 'rangeOrder',
    });
    expect(validateSettings(settings({ plans: [{ ...row, boundsKind: 'discount', discount: '11' }] }), 'USD')).toEqual({
      'plans.0.discount': 'discountTooLarge',
    });
    expect(validateSettings(settings({ plans: [row, { ...row, key: 'other' }] }), 'USD')).toEqual({
      'plans.1.code': 'codeTaken',
    });
  });
});
