import { z } from '@hono/zod-openapi';
import type { Link } from '../../services/links';
import { isUtmKeyName, LINK_PARAM_KEY, LINK_PARAMS_MAX, LINK_SLUG, LINK_VALUE_MAX } from '../../domain/link-rules';
import { linkDestination, shortLinkUrl, splitLinkParams } from '../../domain/tracking-links';
import { httpsUrl, idParam, iso, name, orgParams, pageQuery, timestamp } from '../shared/schemas';

export const linkParams = orgParams.extend({ linkId: idParam('linkId') });

const utmValue = z.string().trim().min(1).max(LINK_VALUE_MAX);
export const utm = z
  .strictObject({
    source: utmValue.optional(),
    medium: utmValue.optional(),
    campaign: utmValue.optional(),
    term: utmValue.optional(),
    content: utmValue.optional(),
  })
  .openapi('Utm');

export const customParams = z
  .record(
    z
      .string()
      .regex(LINK_PARAM_KEY, 'Keys are 1–40 letters, digits, _ or -')
      .refine((key) => !isUtmKeyName(key), 'Set utm_* through utm'),
    z.string().max(LINK_VALUE_MAX),
  )
  .refine((params) => Object.keys(params).length <= LINK_PARAMS_MAX, 'At most 20 custom parameters')
  .describe('Query parameters added on redirect');

export const linkSlug = z
  .string()
  .regex(LINK_SLUG, '3–40 lower-case letters, digits and inner hyphens')
  .describe('The {slug} of /r/{slug}; unique across the platform, generated when omitted');

export const createLinkBody = z
  .strictObject({
    enrollmentId: z.uuid().describe('Your active enrollment in a program of this advertiser'),
    name,
    landingUrl: httpsUrl.optional().describe("On the program's allowed domains; defaults to its landing URL"),
    utm: utm.optional(),
    params: customParams.optional(),
    slug: linkSlug.optional(),
  })
  .openapi('CreateLink');

export const updateLinkBody = z
  .strictObject({
    name: name.optional(),
    landingUrl: httpsUrl.optional(),
    utm: utm.optional().describe('Replaces all UTM values'),
    params: customParams.optional().describe('Replaces all custom parameters'),
    slug: linkSlug.optional(),
  })
  .openapi('UpdateLink');

export const listLinksQuery = pageQuery.extend({ enrollmentId: z.uuid().optional(), programId: z.uuid().optional() });

export const link = z
  .object({
    id: z.uuid(),
    enrollmentId: z.uuid(),
    programId: z.uuid(),
    name: z.string(),
    landingUrl: z.string(),
    utm: z.object({
      source: z.string().optional(),
      medium: z.string().optional(),
      campaign: z.string().optional(),
      term: z.string().optional(),
      content: z.string().optional(),
    }),
    params: z.record(z.string(), z.string()),
    slug: z.string(),
    shortUrl: z.string().describe('The link to share'),
    destinationUrl: z.string().describe('Where it leads, click macros still unfilled'),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .openapi('Link');

export const linkPage = z.object({ items: z.array(link), nextCursor: z.uuid().nullable() }).openapi('LinkPage');

export function linkView(row: Link, trackingOrigin: string): z.infer<typeof link> {
  const { utm: utmValues, custom } = splitLinkParams(row.params);
  return {
    id: row.id,
    enrollmentId: row.enrollmentId,
    programId: row.programId,
    name: row.name,
    landingUrl: row.landingUrl,
    utm: utmValues,
    params: custom,
    slug: row.slug,
    shortUrl: shortLinkUrl(trackingOrigin, row.slug),
    destinationUrl: linkDestination(row.landingUrl, row.params),
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

const localDate = z.iso.date();
const UUID_LIST =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(,[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}){0,49}$/i;

/** A period of local dates in tz, as the stats report takes it; the last 30 days by default. */
export const linkPeriodQuery = z.object({
  from: localDate.optional().describe('First day, a local date in tz (YYYY-MM-DD); default 29 days before to'),
  to: localDate.optional().describe('Last day, inclusive, a local date in tz; default today'),
  tz: z.string().max(64).default('UTC').describe('IANA time zone of the dates, e.g. Europe/Moscow'),
});

export const linkPerformanceQuery = linkPeriodQuery.extend({
  linkIds: z
    .string()
    .max(1_900)
    .regex(UUID_LIST, 'Up to 50 link ids separated by commas')
    .optional()
    .describe('Only these links, up to 50 ids separated by commas; all of yours when absent'),
});

const moneyPerCurrency = z
  .array(z.object({ currency: z.string().length(3), amountMinor: z.number().int() }))
  .describe('Your own commissions per currency, in minor units; never the sale amounts');

export const linkPerformance = z
  .object({
    linkId: z.uuid(),
    clicks: z.number().int().describe('Accepted clicks'),
    leads: z
      .number()
      .int()
      .describe('Leads credited to you through a click on the link, neither rejected nor reversed'),
    sales: z.number().int().describe('Sales credited the same way'),
    earnings: moneyPerCurrency,
  })
  .openapi('LinkPerformance');

export const linkPerformanceList = z
  .object({ from: timestamp, to: timestamp, items: z.array(linkPerformance) })
  .openapi('LinkPerformanceList');

const breakdown = z.object({
  items: z.array(z.object({ value: z.string(), clicks: z.number().int() })),
  otherClicks: z.number().int().describe('Clicks of the values past the first ten'),
});

export const linkAnalytics = z
  .object({
    from: timestamp,
    to: timestamp,
    timeZone: z.string(),
    totals: linkPerformance,
    days: z
      .array(z.object({ date: localDate, clicks: z.number().int(), leads: z.number().int(), sales: z.number().int() }))
      .describe('Days with any traffic, oldest first'),
    referrers: breakdown.describe('Referring sites by host; "" is a click without a Referer (direct, apps, email)'),
    countries: breakdown.describe('ISO 3166 codes; ZZ unknown'),
    devices: breakdown,
    browsers: breakdown.describe('"" when the browser was not recognised'),
    conversions: z
      .array(
        z.object({
          id: z.uuid(),
          eventType: z.string(),
          status: z.string(),
          occurredAt: timestamp,
          commissions: moneyPerCurrency,
        }),
      )
      .describe('The latest 50 conversions of the period credited through the link, newest first'),
  })
  .openapi('LinkAnalytics');
