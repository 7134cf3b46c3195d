import { z } from '@hono/zod-openapi';
import { ClickLinkForm, PayoutRail } from '../../../schema/enums';
import type { AffiliateHome } from '../../services/affiliate-home';
import { iso, timestamp } from '../shared/schemas';

export const homeQuery = z.object({
  tz: z.string().max(64).default('UTC').describe('IANA time zone of the months and the period, e.g. Europe/Moscow'),
});

const minor = z.number().int();
const perCurrency = z.array(z.object({ currency: z.string().length(3), amountMinor: minor }));
const traffic = {
  clicks: z.number().int(),
  leads: z.number().int(),
  sales: z.number().int(),
  earnings: perCurrency.describe('Your own commissions per currency, in minor units'),
};

export const affiliateHome = z
  .object({
    timeZone: z.string(),
    period: z.object({ from: timestamp, to: timestamp }).describe('The last 30 local days: best programs and links'),
    money: z
      .array(
        z.object({
          currency: z.string().length(3),
          earnedMinor: minor.describe('Every live line to date: on hold, disputed, approved, in payout and paid'),
          thisMonthMinor: minor.describe(
            'Earnings of conversions this local month, as the Stats page counts them: your own traffic and your recruits’',
          ),
          thisMonthRecruitsMinor: minor.describe(
            'The part of thisMonthMinor earned on your recruits’ traffic (upline)',
          ),
          lastMonthMinor: minor,
          lastMonthRecruitsMinor: minor,
          holdMinor: minor,
          approvedMinor: minor.describe('Approved, not yet in a payout; negative when a refund is carried over'),
          inPayoutMinor: minor,
          paidMinor: minor,
        }),
      )
      .describe('Per currency across the advertisers covered; currencies are never added together'),
    payouts: z
      .array(
        z.object({
          organizationId: z.uuid(),
          currency: z.string().length(3),
          state: z
            .enum(['in_payout', 'scheduled', 'needs_payout_method', 'below_minimum', 'not_paid_out', 'nothing'])
            .describe(
              "needs_payout_method: the balance is payable, but the affiliate's chosen rail (rail) cannot pay them yet (for PayPal a verified email, for Wise bank details…)",
            ),
          rail: z
            .enum(PayoutRail)
            .nullable()
            .describe('The rail the affiliate chose with the advertiser, for a payable balance; null otherwise'),
          amountMinor: minor,
          expectedAt: timestamp
            .nullable()
            .describe(
              'scheduled: the earliest next run of the schedules of the programs behind the balance; null when none will (manual, threshold not reached)',
            ),
          shortfallMinor: minor.describe('below_minimum: what is still missing to reach the minimum'),
          availableMinor: minor,
          payoutMinimumMinor: minor.nullable(),
        }),
      )
      .describe('The next payout per advertiser and currency'),
    bestPrograms: z.array(
      z.object({ organizationId: z.uuid(), programId: z.uuid(), programName: z.string(), ...traffic }),
    ),
    bestLinks: z
      .array(
        z.object({
          organizationId: z.uuid(),
          linkId: z.uuid().nullable().describe('The saved link; null for a ready-made link of your code'),
          form: z.enum(ClickLinkForm).describe('short_link: a saved link; the others: your code in that link form'),
          programId: z.uuid(),
          programName: z.string(),
          name: z.string().describe('The saved link’s name; empty for a ready-made link'),
          shortUrl: z.string().nullable(),
          ...traffic,
        }),
      )
      .describe('Saved and ready-made links alike, most clicked first'),
    latestConversions: z.array(
      z.object({
        organizationId: z.uuid(),
        id: z.uuid(),
        programId: z.uuid(),
        programName: z.string(),
        eventType: z.string(),
        status: z.string(),
        occurredAt: timestamp,
        commission: z
          .object({ amountMinor: minor, currency: z.string().length(3), status: z.string() })
          .nullable()
          .describe('Your own commission on it; never the sale amount'),
      }),
    ),
    checklist: z
      .object({
        hasLink: z.boolean().describe('A saved link, an active enrollment (its ready-made links) or a click'),
        firstClick: z
          .boolean()
          .describe('Any link of yours, saved or ready-made, has an accepted click: how sharing is judged'),
        firstConversion: z.boolean(),
      })
      .describe('First steps, each judged from stored rows'),
    announcements: z.array(
      z.object({
        id: z.uuid(),
        organizationId: z.uuid(),
        advertiserName: z.string(),
        programId: z.uuid().nullable(),
        programName: z.string().nullable(),
        title: z.string(),
        body: z.string().describe('announcement: plain text; campaign: Markdown (the safe subset the email renders)'),
        publishedAt: timestamp,
        kind: z
          .enum(['announcement', 'campaign'])
          .describe('announcement: for every active affiliate; campaign: a message addressed to you'),
        readAt: timestamp.nullable().describe('campaign: when you read it; announcements have no read state'),
      }),
    ),
  })
  .openapi('AffiliateHome');

export function affiliateHomeView(home: AffiliateHome): z.infer<typeof affiliateHome> {
  return {
    ...home,
    period: { from: iso(home.period.from), to: iso(home.period.to) },
    payouts: home.payouts.map((p) => ({ ...p, expectedAt: p.expectedAt ? iso(p.expectedAt) : null })),
    latestConversions: home.latestConversions.map((c) => ({ ...c, occurredAt: iso(c.occurredAt) })),
    announcements: home.announcements.map((a) => ({
      ...a,
      publishedAt: iso(a.publishedAt),
      readAt: a.readAt ? iso(a.readAt) : null,
    })),
  };
}
