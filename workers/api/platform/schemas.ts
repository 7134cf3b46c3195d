import { z } from '@hono/zod-openapi';
import { OrganizationStatus } from '../../../schema/enums';
import type { listPlatformOrganizations } from '../../services/organizations';
import type { PayoutMinimum } from '../../services/payouts';
import type { QueueHealth } from '../../services/system';
import { currencyCode, iso, isoOrNull, minorAmount, page, pageQuery, timestamp, uniqueBy } from '../shared/schemas';

export const platformOrganizationsQuery = pageQuery.extend({
  q: z.string().trim().min(1).max(200).optional().describe('Part of the name or slug'),
  status: z.enum(OrganizationStatus).optional(),
});

export const platformOrganization = z
  .object({
    id: z.uuid(),
    name: z.string(),
    slug: z.string(),
    status: z.enum(OrganizationStatus),
    plan: z.string().describe('The plan’s code'),
    customDomains: z
      .array(z.string())
      .describe(
        'Its active custom domains, portal hostnames first, then tracking ones (never a pending or failed one, nor a branded edition’s host)',
      ),
    memberCount: z.number().int().describe('Team members of every role'),
    programCount: z.number().int().describe('Programs of every status'),
    createdAt: timestamp,
  })
  .openapi('PlatformOrganization');

export const platformOrganizationsPage = page(platformOrganization, 'PlatformOrganizationsPage');

type PlatformOrganizationRow = Awaited<ReturnType<typeof listPlatformOrganizations>>[number];

export const platformOrganizationView = (row: PlatformOrganizationRow): z.infer<typeof platformOrganization> => ({
  id: row.organization.id,
  name: row.organization.name,
  slug: row.organization.slug,
  status: row.organization.status,
  plan: row.planCode,
  customDomains: row.customDomains,
  memberCount: row.memberCount,
  programCount: row.programCount,
  createdAt: iso(row.organization.createdAt),
});

const count = z.number().int().min(0);

export const queueHealth = z
  .object({
    generatedAt: timestamp,
    deadLetters: z
      .array(
        z.object({
          queue: z.string(),
          total: count.describe('Dead letters ever recorded for the queue'),
          lastDay: count.describe('Recorded in the last 24 hours'),
          awaitingReplay: count.describe('Not replayed yet'),
        }),
      )
      .describe('Every queue, including those without dead letters'),
    clickSpool: z.object({
      spooled: count.describe('Clicks the edge spooled to KV because the clicks queue refused them'),
      capped: z.boolean().describe('More are spooled than were counted (the count stops at 1000)'),
    }),
    emails: z.object({
      pending: count.describe('Outbox emails not sent yet'),
      failed: count.describe('Outbox emails the provider refused'),
      oldestPendingAt: timestamp.nullable(),
    }),
    postbacks: z.object({
      pending: count.describe('Deliveries not tried yet'),
      retrying: count.describe('Deliveries that failed and will be retried'),
      failed: count.describe('Deliveries given up on'),
      failedLastDay: count.describe('Given up on in the last 24 hours'),
      oldestWaitingAt: timestamp.nullable().describe('Creation of the oldest pending or retrying delivery'),
    }),
  })
  .openapi('QueueHealth');

export const queueHealthView = (health: QueueHealth): z.infer<typeof queueHealth> => ({
  generatedAt: iso(health.generatedAt),
  deadLetters: health.deadLetters,
  clickSpool: health.clickSpool,
  emails: { ...health.emails, oldestPendingAt: isoOrNull(health.emails.oldestPendingAt) },
  postbacks: { ...health.postbacks, oldestWaitingAt: isoOrNull(health.postbacks.oldestWaitingAt) },
});

export const payoutMinimum = z
  .object({
    currency: z.string().describe('ISO 4217'),
    minMinor: z
      .number()
      .int()
      .describe(
        'The least an affiliate’s net must reach to be paid, in minor units of the currency (ISO 4217 exponent: 10000 = USD 100.00, 15000 = JPY 15,000)',
      ),
    updatedById: z.uuid().nullable().describe('The staff member who last changed it; null: the seeded value'),
    updatedAt: timestamp,
  })
  .openapi('PayoutMinimum');

export const payoutMinimumList = z.object({ items: z.array(payoutMinimum) }).openapi('PayoutMinimumList');

export const setPayoutMinimumsBody = z
  .strictObject({
    items: z
      .array(z.strictObject({ currency: currencyCode, minMinor: minorAmount }))
      .min(1)
      .max(200)
      .superRefine(uniqueBy((i) => i.currency, 'This currency'))
      .describe(
        'Each currency once (a repeat is refused: 400 validation_failed, details code duplicate_entry); a currency not in the table yet is added',
      ),
  })
  .openapi('SetPayoutMinimums');

export const payoutMinimumView = (row: PayoutMinimum): z.infer<typeof payoutMinimum> => ({
  currency: row.currency,
  minMinor: row.minMinor,
  updatedById: row.updatedById,
  updatedAt: iso(row.updatedAt),
});
