import { z } from '@hono/zod-openapi';
import { type EmbedThemeOptions, embedTheme } from '../../domain/embed-token';
import type { EmbedDashboard } from '../../services/embed';
import { leaderboard, leaderboardView } from '../leaderboards/schemas';
import { idParam, iso, isoOrNull, timestamp } from '../shared/schemas';

export const embedAppParams = z.object({ appId: idParam('appId') });

export const createEmbedTokenBody = z
  .strictObject({
    program_id: z.uuid().describe('The program to open: one of the app’s programs'),
    user: z.strictObject({
      id: z.string().min(1).max(200).describe('The user’s id in your app; one affiliate account per app and id'),
      email: z.email().max(254).describe('The user’s email in your app'),
      name: z.string().max(200).optional().describe('The user’s display name'),
    }),
    theme: embedTheme.optional(),
  })
  .openapi('CreateEmbedToken');

export const embedTokenCreated = z
  .object({
    token: z.string().describe('ae_embed_…: opens the dashboard for this user and program, for 15 minutes'),
    expires_at: timestamp,
    url: z.string().describe('The page to put in an iframe: the token travels in the fragment, never to a server log'),
  })
  .openapi('EmbedTokenCreated');

const money = z.object({ currency: z.string(), amountMinor: z.number().int().describe('Minor units') });

export const embedDashboard = z
  .object({
    advertiserName: z.string(),
    theme: embedTheme,
    program: z.object({
      id: z.uuid(),
      name: z.string(),
      description: z.string().nullable(),
      currency: z.string(),
      payoutModel: z.string(),
      commissionType: z.string(),
      commissionRateBps: z.number().int().nullable(),
      commissionFixedMinor: z.number().int().nullable().describe("Minor units of the program's currency"),
      recurringMode: z.string(),
      recurringMonths: z.number().int().nullable(),
      holdDays: z.number().int(),
      cookieDays: z.number().int(),
      version: z
        .number()
        .int()
        .describe(
          'The version of the program’s conditions shown (its settings), sent back as termsVersion (POST …/terms)',
        ),
    }),
    terms: z
      .object({
        version: z.number().int().describe('Sent back as publishedTermsVersion (POST …/terms)'),
        body: z
          .string()
          .describe('The terms as the advertiser wrote them (plain text or Markdown), in the embed’s language'),
      })
      .nullable()
      .describe('The program’s published terms; null when it has none (only its conditions are accepted)'),
    account: z
      .object({
        enrollmentStatus: z.string(),
        refCode: z.string(),
        couponCode: z.string().nullable(),
        referralLink: z.string().nullable().describe('Null unless the enrollment is active'),
        referralQr: z
          .string()
          .nullable()
          .describe('The referral link as a QR code: a data:image/svg+xml URL; null with the link'),
        stats: z.object({
          from: z.string(),
          to: z.string(),
          clicks: z.number().int(),
          leads: z.number().int(),
          sales: z.number().int(),
          earnings: z.array(money),
        }),
        balances: z.array(
          z.object({
            currency: z.string(),
            holdMinor: z.number().int(),
            approvedMinor: z.number().int(),
            availableMinor: z.number().int(),
            inPayoutMinor: z.number().int(),
            paidMinor: z.number().int(),
          }),
        ),
        payouts: z.array(
          z.object({
            id: z.uuid(),
            amountMinor: z.number().int(),
            currency: z.string(),
            status: z.string(),
            createdAt: timestamp,
            paidAt: timestamp.nullable(),
          }),
        ),
        paypalEmail: z
          .string()
          .nullable()
          .describe('Null when payoutInAccount: the account-wide address is not shown to the embed'),
        paypalVerified: z.boolean(),
        payoutInAccount: z
          .boolean()
          .describe(
            'The account is also the person’s own on the portal: its PayPal address is set there, not in the embed',
          ),
        leaderboard: leaderboard
          .nullable()
          .describe('The program’s leaderboard when the advertiser turned one on and the enrollment is active'),
      })
      .nullable()
      .describe('Null until the user accepts the program’s terms'),
  })
  .openapi('EmbedDashboard');

export const acceptEmbedTermsBody = z
  .strictObject({
    termsVersion: z.number().int().min(1).max(1_000_000).describe('program.version of the dashboard the user read'),
    publishedTermsVersion: z
      .number()
      .int()
      .min(1)
      .max(1_000_000)
      .optional()
      .describe('terms.version of the dashboard the user read; required when the program has published terms'),
  })
  .openapi('AcceptEmbedTerms');

export const embedPaypalEmailBody = z.strictObject({ email: z.email().max(254) }).openapi('EmbedPaypalEmail');

export function embedDashboardView(d: EmbedDashboard, theme: EmbedThemeOptions): z.infer<typeof embedDashboard> {
  const a = d.account;
  return {
    advertiserName: d.advertiserName,
    theme,
    program: d.program,
    terms: d.terms,
    account: a && {
      enrollmentStatus: a.enrollmentStatus,
      refCode: a.refCode,
      couponCode: a.couponCode,
      referralLink: a.referralLink,
      referralQr: a.referralQr,
      stats: a.stats,
      balances: a.balances.map((b) => ({
        currency: b.currency,
        holdMinor: b.holdMinor,
        approvedMinor: b.approvedMinor,
        availableMinor: b.availableMinor,
        inPayoutMinor: b.inPayoutMinor,
        paidMinor: b.paidMinor,
      })),
      payouts: a.payouts.map((p) => ({
        id: p.id,
        amountMinor: p.item.amountMinor,
        currency: p.item.currency,
        status: p.item.status,
        createdAt: iso(p.item.createdAt),
        paidAt: isoOrNull(p.item.paidAt),
      })),
      paypalEmail: a.paypalEmail,
      paypalVerified: a.paypalVerified,
      payoutInAccount: a.payoutInAccount,
      leaderboard: a.leaderboard && leaderboardView(a.leaderboard),
    },
  };
}
