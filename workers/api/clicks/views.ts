import { z } from '@hono/zod-openapi';
import { ClickLinkForm, ClickRejectReason, ClickStatus } from '../../../schema/enums';
import { landingHost } from '../../domain/landing-host';
import type { ClickPage, ClickRow } from '../../services/clicks';
import { iso, timestamp } from '../shared/schemas';

const nullableText = z.string().nullable();

/** What every reader sees of a click: the affiliate's view of its own traffic. */
const myClickFields = {
  id: z.uuid(),
  clickedAt: timestamp,
  programId: z.uuid().nullable(),
  programName: nullableText,
  linkId: z.uuid().nullable().describe('The short link clicked, if any'),
  country: nullableText.describe('ISO 3166-1 alpha-2'),
  deviceType: nullableText,
  os: nullableText,
  browser: nullableText,
  sub1: nullableText,
  sub2: nullableText,
  sub3: nullableText,
  sub4: nullableText,
  sub5: nullableText,
  sub6: nullableText,
  sub7: nullableText,
  sub8: nullableText,
  sub9: nullableText,
  sub10: nullableText,
  status: z.enum(ClickStatus),
  rejectReason: z.enum(ClickRejectReason).nullable(),
  isUnique: z.boolean().describe('First accepted click of its visitor on its program within 24 hours'),
  landingHost: nullableText.describe('Host of the page the visitor was sent to'),
};

// Affiliates never see the visitor's IP or user agent, nor the advertiser's full landing URL.
export const myClick = z.object(myClickFields).openapi('MyClick');

export function myClickView({ click: c, programName }: ClickRow): z.infer<typeof myClick> {
  return {
    id: c.id,
    clickedAt: iso(c.clickedAt),
    programId: c.programId,
    programName,
    linkId: c.linkId,
    country: c.country,
    deviceType: c.deviceType,
    os: c.os,
    browser: c.browser,
    sub1: c.sub1,
    sub2: c.sub2,
    sub3: c.sub3,
    sub4: c.sub4,
    sub5: c.sub5,
    sub6: c.sub6,
    sub7: c.sub7,
    sub8: c.sub8,
    sub9: c.sub9,
    sub10: c.sub10,
    status: c.status,
    rejectReason: c.rejectReason,
    isUnique: c.isUnique,
    landingHost: landingHost(c.landingUrl),
  };
}

/** The advertiser's view: its own programs' clicks, visitor IP and user agent included. */
export const click = z
  .object({
    ...myClickFields,
    receivedAt: timestamp,
    appId: z.uuid().nullable(),
    affiliateId: z.uuid().nullable(),
    enrollmentId: z.uuid().nullable(),
    linkForm: z.enum(ClickLinkForm),
    code: nullableText.describe('The code as written in the URL'),
    ip: nullableText,
    userAgent: nullableText,
    referrer: nullableText,
    region: nullableText,
    city: nullableText,
    asn: z.number().int().nullable(),
    isBot: z.boolean(),
    landingUrl: nullableText,
  })
  .openapi('Click');

export function clickView(row: ClickRow): z.infer<typeof click> {
  const c = row.click;
  return {
    ...myClickView(row),
    receivedAt: iso(c.receivedAt),
    appId: c.appId,
    affiliateId: c.affiliateId,
    enrollmentId: c.enrollmentId,
    linkForm: c.linkForm,
    code: c.code,
    ip: c.ip,
    userAgent: c.userAgent,
    referrer: c.referrer,
    region: c.region,
    city: c.city,
    asn: c.asn,
    isBot: c.isBot,
    landingUrl: c.landingUrl,
  };
}

export const platformClick = click.extend({ organizationId: z.uuid().nullable() }).openapi('PlatformClick');

export const platformClickView = (row: ClickRow): z.infer<typeof platformClick> => ({
  ...clickView(row),
  organizationId: row.click.organizationId,
});

const nextCursor = z.string().nullable().describe('Pass as cursor for the next page; null on the last');
export const myClickPage = z.object({ items: z.array(myClick), nextCursor }).openapi('MyClickPage');
export const clickPage = z.object({ items: z.array(click), nextCursor }).openapi('ClickPage');
export const platformClickPage = z.object({ items: z.array(platformClick), nextCursor }).openapi('PlatformClickPage');

export const pageView = <T>(page: ClickPage, view: (row: ClickRow) => T) => ({
  items: page.rows.map(view),
  nextCursor: page.nextCursor,
});
