import { z } from '@hono/zod-openapi';
import {
  CustomDomainStatus,
  EditionBrandField,
  EditionDomainKind,
  EditionRewardType,
  EditionStatus,
  RecurringMode,
} from '../../../schema/enums';
import type {
  AdvertiserEdition,
  EditionApp,
  EditionDomain,
  EditionHostCheck,
  EditionSettingsView,
  MyEdition,
  ResolvedEdition,
} from '../../services/editions';
import { declareErrorResponses } from '../openapi-errors';
import { dnsRecord } from '../domains/schemas';
import { currencyCode, idParam, iso, isoOrNull, minorAmount, name, timestamp } from '../shared/schemas';

/** Edition operations may meet the plan's limit (402) and a Cloudflare that does not answer (503, custom hosts). */
export const editionErrorResponses = declareErrorResponses(400, 401, 402, 403, 404, 409, 413, 415, 503);

export const appEditionParams = z.object({ orgId: idParam('orgId'), appId: idParam('appId') });
export const editionParams = z.object({ orgId: idParam('orgId'), editionId: idParam('editionId') });

const color = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^#[0-9a-f]{6}$/, 'Must be a colour such as #7c3aed')
  .describe('#rrggbb');
const hostInput = z
  .string()
  .trim()
  .min(1)
  .max(253)
  .describe('subdomain: the label (alice) or the whole host (alice.podruga.example); custom: a hostname you own');
const planCode = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9._-]+$/, 'Letters, digits, dot, dash, underscore');

// ——— advertiser: the app's edition settings ———

const planBounds = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('range'),
      minMinor: minorAmount.describe('The lowest price an edition may set, minor units'),
      maxMinor: minorAmount.describe('The highest price an edition may set, minor units'),
    }),
    z.strictObject({
      kind: z.literal('discount'),
      discountMinor: minorAmount.describe('The edition sells at exactly the list price less this'),
    }),
  ])
  .openapi('EditionPlanBounds');

export const editionPlanOffer = z
  .strictObject({
    code: planCode.describe('The app’s own plan key, what the partner app charges by'),
    name,
    listPriceMinor: minorAmount,
    currency: currencyCode,
    interval: z.enum(['month', 'year', 'once']),
    bounds: planBounds,
  })
  .openapi('EditionPlanOffer');

const reward = z
  .object({
    type: z.enum(EditionRewardType).describe('percent of each sale or rebill, or a fixed amount per sale'),
    rateBps: z.number().int().min(0).max(10_000).nullable().describe('percent: basis points (1000 = 10 %)'),
    fixedMinor: minorAmount.nullable().describe('fixed: minor units of the program’s currency'),
    recurringMode: z.enum(RecurringMode).describe('Whether rebills earn: none, for recurringMonths, or lifetime'),
    recurringMonths: z.number().int().min(1).max(120).nullable(),
  })
  .openapi('EditionReward');

export const editionSettings = z
  .object({
    appId: z.uuid(),
    appName: z.string(),
    enabled: z.boolean().describe('Whether affiliates may create editions of this app'),
    programId: z
      .uuid()
      .nullable()
      .describe(
        'The program editions’ commissions go through (currency, hold, payouts); affiliates need an active enrollment in it',
      ),
    currency: z.string().nullable().describe('The program’s currency: fixed rewards are in it'),
    brandFields: z.array(z.enum(EditionBrandField)),
    domainKinds: z.array(z.enum(EditionDomainKind)),
    baseDomain: z.string().nullable().describe('Subdomain editions live under it (alice.podruga.example)'),
    plans: z.array(editionPlanOffer),
    reward,
    requiresApproval: z.boolean(),
    updatedAt: timestamp.nullable().describe('null: never saved (these are the defaults)'),
  })
  .openapi('EditionSettings');

export const putEditionSettingsBody = z
  .strictObject({
    enabled: z.boolean(),
    programId: z.uuid().nullable(),
    brandFields: z.array(z.enum(EditionBrandField)).max(EditionBrandField.length),
    domainKinds: z.array(z.enum(EditionDomainKind)).min(1).max(EditionDomainKind.length),
    baseDomain: z
      .string()
      .trim()
      .toLowerCase()
      .min(3)
      .max(200)
      .nullable()
      .describe('Your app’s own domain (podruga.example); point *.podruga.example at your app'),
    plans: z.array(editionPlanOffer).max(20),
    reward: reward.strict(),
    requiresApproval: z.boolean(),
  })
  .openapi('PutEditionSettings');

export const editionSettingsView = (s: EditionSettingsView): z.infer<typeof editionSettings> => ({
  ...s,
  updatedAt: isoOrNull(s.updatedAt),
});

// ——— editions as each side sees them ———

const editionPlanPrice = z
  .object({
    code: z.string(),
    name: z.string(),
    interval: z.enum(['month', 'year', 'once']),
    priceMinor: z.number().int(),
    listPriceMinor: z.number().int(),
    currency: z.string(),
  })
  .openapi('EditionPlanPrice');

const editionStats = z
  .object({
    visitors: z.number().int().describe('Distinct visitors the partner app reported'),
    signups: z.number().int().describe('Leads credited through the edition'),
    sales: z.number().int().describe('Sales credited through the edition'),
    commissionMinor: z.number().int().describe('Commission earned (pending, approved or paid), minor units'),
    currency: z.string().nullable(),
  })
  .openapi('EditionStats');

const editionFields = {
  id: z.uuid(),
  appId: z.uuid(),
  appName: z.string(),
  name: z.string(),
  primaryColor: z.string().nullable(),
  accentColor: z.string().nullable(),
  logoUrl: z.string().nullable(),
  faviconUrl: z.string().nullable(),
  domainKind: z.enum(EditionDomainKind),
  host: z.string(),
  domainStatus: z
    .enum(CustomDomainStatus)
    .describe('subdomain: active; custom: the Cloudflare hostname’s status (pending until DNS and TLS are in place)'),
  status: z.enum(EditionStatus),
  statusReason: z.string().nullable().describe('Why it was rejected or suspended'),
  plans: z.array(editionPlanPrice),
  stats: editionStats,
  submittedAt: timestamp.nullable(),
  approvedAt: timestamp.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
};

export const myEdition = z.object(editionFields).openapi('MyEdition');
export const myEditionList = z.object({ items: z.array(myEdition) }).openapi('MyEditionList');

export const advertiserEdition = z
  .object({
    ...editionFields,
    affiliate: z.object({ id: z.uuid(), name: z.string(), email: z.string() }),
  })
  .openapi('AdvertiserEdition');
export const advertiserEditionList = z.object({ items: z.array(advertiserEdition) }).openapi('AdvertiserEditionList');

const baseView = (e: MyEdition): z.infer<typeof myEdition> => ({
  id: e.id,
  appId: e.appId,
  appName: e.appName,
  name: e.name,
  primaryColor: e.primaryColor,
  accentColor: e.accentColor,
  logoUrl: e.logoUrl,
  faviconUrl: e.faviconUrl,
  domainKind: e.domainKind,
  host: e.host,
  domainStatus: e.domainStatus,
  status: e.status,
  statusReason: e.statusReason,
  plans: e.plans,
  stats: e.stats,
  submittedAt: isoOrNull(e.submittedAt),
  approvedAt: isoOrNull(e.approvedAt),
  createdAt: iso(e.createdAt),
  updatedAt: iso(e.updatedAt),
});
export const myEditionView = baseView;
export const advertiserEditionView = (e: AdvertiserEdition): z.infer<typeof advertiserEdition> => ({
  ...baseView(e),
  affiliate: e.affiliate,
});

export const orgEditionsQuery = z.object({
  appId: z
    .uuid()
    .optional()
    .openapi({ param: { name: 'appId', in: 'query' } }),
  status: z
    .enum(EditionStatus)
    .optional()
    .openapi({ param: { name: 'status', in: 'query' } }),
});

export const reasonBody = z
  .strictObject({ reason: z.string().trim().min(1).max(1000).describe('Shown to the affiliate') })
  .openapi('EditionDecisionReason');

// ——— affiliate: offers, the wizard, the domain ———

export const editionApp = z
  .object({
    appId: z.uuid(),
    appName: z.string(),
    siteUrl: z.string(),
    brandFields: z.array(z.enum(EditionBrandField)),
    domainKinds: z.array(z.enum(EditionDomainKind)),
    baseDomain: z.string().nullable(),
    plans: z.array(editionPlanOffer),
    reward: reward.extend({ currency: z.string() }),
    requiresApproval: z.boolean(),
    programId: z.uuid(),
    enrolled: z.boolean().describe('Whether you have an active enrollment in the program editions earn through'),
  })
  .openapi('EditionApp');
export const editionAppList = z.object({ items: z.array(editionApp) }).openapi('EditionAppList');
export const editionAppView = (a: EditionApp): z.infer<typeof editionApp> => a;

const planPriceInput = z.strictObject({ code: planCode, priceMinor: minorAmount });
const planPrices = z
  .array(planPriceInput)
  .max(20)
  .describe('The offered plans the edition sells and their prices; omitted plans are not sold');

export const createEditionBody = z
  .strictObject({
    appId: z.uuid(),
    name: name.max(80),
    domainKind: z.enum(EditionDomainKind),
    host: hostInput,
    primaryColor: color.nullable().optional(),
    accentColor: color.nullable().optional(),
    plans: planPrices.optional().describe('Omitted: every offered plan at its default price'),
  })
  .openapi('CreateEdition');

export const updateEditionBody = z
  .strictObject({
    name: name.max(80).optional(),
    domainKind: z.enum(EditionDomainKind).optional(),
    host: hostInput.optional(),
    primaryColor: color.nullable().optional(),
    accentColor: color.nullable().optional(),
    plans: planPrices.optional(),
  })
  .openapi('UpdateEdition');

export const checkHostQuery = z.object({
  appId: z.uuid().openapi({ param: { name: 'appId', in: 'query' } }),
  host: hostInput.openapi({ param: { name: 'host', in: 'query' } }),
  domainKind: z
    .enum(EditionDomainKind)
    .default('subdomain')
    .openapi({ param: { name: 'domainKind', in: 'query' } }),
  name: z
    .string()
    .trim()
    .max(80)
    .optional()
    .openapi({ param: { name: 'name', in: 'query' }, description: 'Checked for lookalikes together with the host' }),
  editionId: z
    .uuid()
    .optional()
    .openapi({
      param: { name: 'editionId', in: 'query' },
      description: 'Your edition being edited: its own host counts as free',
    }),
});

export const editionHostCheck = z
  .object({
    host: z.string().nullable().describe('The host as it would be stored; null when it is not a valid host'),
    available: z.boolean().describe('Valid, free and resembling nothing protected'),
    issue: z
      .object({
        code: z.string(),
        message: z.string(),
        field: z.enum(['name', 'host']).optional().describe('edition_lookalike: the field that resembles a brand'),
        resembles: z
          .string()
          .optional()
          .describe('edition_lookalike: the brand (or other edition’s name) the name or host resembles'),
      })
      .nullable()
      .describe('hostname_not_allowed, edition_host_taken or edition_lookalike, with why'),
  })
  .openapi('EditionHostCheck');
export const editionHostCheckView = (c: EditionHostCheck): z.infer<typeof editionHostCheck> => c;

export const editionDomain = z
  .object({
    host: z.string(),
    domainKind: z.enum(EditionDomainKind),
    status: z.enum(CustomDomainStatus),
    records: z.array(dnsRecord).describe('DNS records to add at your DNS provider (custom hosts only)'),
    failureReason: z.string().nullable(),
    checkedAt: timestamp.nullable(),
  })
  .openapi('EditionDomain');
export const editionDomainView = (d: EditionDomain): z.infer<typeof editionDomain> => ({
  ...d,
  checkedAt: isoOrNull(d.checkedAt),
});

export const editionImage = z.object({ url: z.string(), contentType: z.string() }).openapi('EditionImage');

// ——— partner app ———

export const resolveQuery = z.object({
  host: z
    .string()
    .trim()
    .min(1)
    .max(253)
    .openapi({ param: { name: 'host', in: 'query' }, description: 'The Host your app was asked for' }),
});

export const resolvedEdition = z
  .object({
    id: z.uuid(),
    appId: z.uuid(),
    host: z.string(),
    affiliateRef: z.string().describe('The affiliate’s referral code in the editions’ program'),
    name: z.string(),
    primaryColor: z.string().nullable(),
    accentColor: z.string().nullable(),
    logoUrl: z.string().nullable(),
    faviconUrl: z.string().nullable(),
    plans: z.array(editionPlanPrice),
    status: z.enum(EditionStatus),
    version: z.number().int().describe('Grows with every change; also the ETag'),
  })
  .openapi('ResolvedEdition');
export const resolvedEditionView = (r: ResolvedEdition): z.infer<typeof resolvedEdition> => r;

export const editionVisitBody = z
  .object({
    host: z.string().trim().min(1).max(253).optional(),
    edition: z.uuid().optional(),
    visitor: z.string().trim().min(1).max(200).describe('Your own stable visitor key (a cookie id); hashed at once'),
  })
  .strict()
  .refine((v) => (v.host === undefined) !== (v.edition === undefined), {
    message: 'Send the edition id or its host',
    path: ['host'],
  });
