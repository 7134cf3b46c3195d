import { z } from '@hono/zod-openapi';
import type { PlatformSettingsView } from '../../services/platform-settings';
import { railFeesInput } from '../shared/rail-fee-schemas';

const reviewDays = z
  .number()
  .int()
  .min(1)
  .max(30)
  .describe('Business days a manual review of a new affiliate account usually takes; shown to affiliates who wait');

export const platformSettingsSchema = z
  .object({
    affiliateAutoApproval: z
      .boolean()
      .describe(
        'Approve every affiliate account once its email is verified (single-company installs), instead of waiting for staff',
      ),
    affiliateReviewDays: reviewDays,
    railFees: railFeesInput
      .nullable()
      .describe(
        'The default per-item fee of each rail for organizations that set none; null or a rail left out: built-in list prices',
      ),
    updatedAt: z.iso.datetime().nullable().describe('Null while the install runs on the defaults'),
  })
  .openapi('PlatformSettings');

export const updatePlatformSettingsBody = z
  .object({
    affiliateAutoApproval: z.boolean().optional(),
    affiliateReviewDays: reviewDays.optional(),
    railFees: railFeesInput.nullable().optional(),
  })
  .strict()
  .openapi('UpdatePlatformSettingsRequest');

export const platformSettingsView = (s: PlatformSettingsView): z.infer<typeof platformSettingsSchema> => ({
  affiliateAutoApproval: s.affiliateAutoApproval,
  affiliateReviewDays: s.affiliateReviewDays,
  railFees: s.railFees,
  updatedAt: s.updatedAt?.toISOString() ?? null,
});
