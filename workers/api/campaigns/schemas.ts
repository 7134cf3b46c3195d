import { z } from '@hono/zod-openapi';
import {
  CampaignCategory,
  CampaignDeliveryState,
  CampaignStatus,
  CampaignTrigger,
  EmailStatus,
  EnrollmentStatus,
  Locale,
} from '../../../schema/enums';
import type {
  CampaignFields,
  CampaignWithCounts,
  MyCampaignMessage,
  RecipientReportRow,
} from '../../services/campaigns';
import { idParam, iso, isoOrNull, orgParams, page, timestamp } from '../shared/schemas';

/** Bounds of the message; the Markdown body is rendered to at most a few times its size. */
export const CAMPAIGN_SUBJECT_MAX = 200;
export const CAMPAIGN_BODY_MAX = 20_000;

export const campaignParams = orgParams.extend({ campaignId: idParam('campaignId') });
export const campaignMessageParams = orgParams.extend({ messageId: idParam('messageId') });

const subject = z.string().trim().min(1).max(CAMPAIGN_SUBJECT_MAX);
const body = z.string().trim().min(1).max(CAMPAIGN_BODY_MAX);

export const campaignBody = z
  .strictObject({
    name: z.string().trim().min(1).max(120).describe('Your own label; affiliates never see it'),
    category: z
      .enum(CampaignCategory)
      .default('marketing')
      .describe("marketing: honours the affiliate's unsubscribe; transactional: always emailed (terms, payouts)"),
    en: z.strictObject({ subject, body }).nullable().default(null).describe('English variant; body in Markdown'),
    ru: z.strictObject({ subject, body }).nullable().default(null).describe('Russian variant; body in Markdown'),
    programIds: z.array(z.uuid()).max(100).default([]).describe('Only these programs; empty: any of yours'),
    groupIds: z.array(z.uuid()).max(100).default([]).describe('Only these partner groups; empty: any'),
    statuses: z
      .array(z.enum(EnrollmentStatus))
      .min(1)
      .max(EnrollmentStatus.length)
      .default(['active'])
      .describe('Enrollment statuses that qualify; default active'),
    tags: z
      .array(z.string().trim().toLowerCase().min(1).max(40))
      .max(50)
      .default([])
      .describe('Only affiliates with one of these tags; empty: any'),
    trigger: z
      .enum(CampaignTrigger)
      .nullable()
      .default(null)
      .describe('null: a broadcast; approved, no_click (triggerDays after joining) or first_conversion'),
    triggerDays: z.number().int().min(1).max(365).nullable().default(null).describe('no_click: days after joining'),
  })
  .refine((b) => b.en !== null || b.ru !== null, { message: 'Write the English or the Russian variant', path: ['en'] })
  .refine((b) => (b.trigger === 'no_click') === (b.triggerDays !== null), {
    message: 'triggerDays goes with the no_click trigger, and only with it',
    path: ['triggerDays'],
  })
  .openapi('CampaignInput');

export function campaignFields(b: z.infer<typeof campaignBody>): CampaignFields {
  return {
    name: b.name,
    category: b.category,
    subjectEn: b.en?.subject ?? null,
    bodyEn: b.en?.body ?? null,
    subjectRu: b.ru?.subject ?? null,
    bodyRu: b.ru?.body ?? null,
    programIds: [...new Set(b.programIds)],
    groupIds: [...new Set(b.groupIds)],
    statuses: [...new Set(b.statuses)],
    tags: [...new Set(b.tags)],
    trigger: b.trigger,
    triggerDays: b.triggerDays,
  };
}

export const startCampaignBody = z
  .strictObject({
    scheduledAt: timestamp
      .optional()
      .describe('Send at this time (in the future); absent: now, or switch the trigger on'),
  })
  .openapi('StartCampaign');

const counts = z.object({
  recipients: z.number().int(),
  queued: z.number().int(),
  sent: z.number().int(),
  skippedUnsubscribed: z.number().int(),
  failed: z.number().int(),
  read: z.number().int(),
});

const variant = z.object({ subject: z.string(), body: z.string() }).nullable();

export const campaign = z
  .object({
    id: z.uuid(),
    name: z.string(),
    category: z.enum(CampaignCategory),
    en: variant,
    ru: variant,
    programIds: z.array(z.uuid()),
    groupIds: z.array(z.uuid()),
    statuses: z.array(z.enum(EnrollmentStatus)),
    tags: z.array(z.string()),
    trigger: z.enum(CampaignTrigger).nullable(),
    triggerDays: z.number().int().nullable(),
    status: z.enum(CampaignStatus),
    scheduledAt: timestamp.nullable(),
    startedAt: timestamp.nullable().describe('When the send began or the trigger was switched on'),
    finishedAt: timestamp.nullable(),
    createdAt: timestamp,
    counts: counts.describe('Recipients by delivery state; failed includes emails the provider gave up on'),
  })
  .openapi('Campaign');

export const campaignPage = page(campaign, 'CampaignPage');

export function campaignView(c: CampaignWithCounts): z.infer<typeof campaign> {
  return {
    id: c.id,
    name: c.name,
    category: c.category,
    en: c.subjectEn !== null ? { subject: c.subjectEn, body: c.bodyEn ?? '' } : null,
    ru: c.subjectRu !== null ? { subject: c.subjectRu, body: c.bodyRu ?? '' } : null,
    programIds: c.programIds,
    groupIds: c.groupIds,
    statuses: c.statuses,
    tags: c.tags,
    trigger: c.trigger,
    triggerDays: c.triggerDays,
    status: c.status,
    scheduledAt: isoOrNull(c.scheduledAt),
    startedAt: isoOrNull(c.startedAt),
    finishedAt: isoOrNull(c.finishedAt),
    createdAt: iso(c.createdAt),
    counts: c.counts,
  };
}

export const campaignRecipient = z
  .object({
    id: z.uuid(),
    affiliateId: z.uuid(),
    email: z.string(),
    name: z.string().nullable(),
    language: z.enum(Locale),
    state: z.enum(CampaignDeliveryState),
    emailStatus: z.enum(EmailStatus).nullable().describe("The outbox's state of the email; null when none was written"),
    error: z.string().nullable(),
    deliveredAt: timestamp.nullable(),
    readAt: timestamp.nullable().describe('When the affiliate read it in-app'),
  })
  .openapi('CampaignRecipient');

export const campaignRecipientPage = z
  .object({ items: z.array(campaignRecipient), nextCursor: z.uuid().nullable() })
  .openapi('CampaignRecipientPage');

export function recipientView(r: RecipientReportRow): z.infer<typeof campaignRecipient> {
  return { ...r, deliveredAt: isoOrNull(r.deliveredAt), readAt: isoOrNull(r.readAt) };
}

export const campaignMessage = z
  .object({
    id: z.uuid().describe('The message id, for mark read'),
    campaignId: z.uuid(),
    organizationId: z.uuid(),
    advertiserName: z.string(),
    subject: z.string(),
    body: z.string().describe('Markdown (paragraphs, emphasis, http(s) and mailto links, lists)'),
    deliveredAt: timestamp,
    readAt: timestamp.nullable(),
  })
  .openapi('CampaignMessage');

export const campaignMessagePage = page(campaignMessage, 'CampaignMessagePage');

export function messageView(m: MyCampaignMessage): z.infer<typeof campaignMessage> {
  return { ...m, deliveredAt: iso(m.deliveredAt), readAt: isoOrNull(m.readAt) };
}

export const unsubscribeQuery = z.object({
  token: z.string().min(1).max(2_000).describe('The token of the email’s unsubscribe link'),
});

export const unsubscribeResult = z
  .object({ advertiserName: z.string().describe('Whose marketing email stopped') })
  .openapi('UnsubscribeResult');
