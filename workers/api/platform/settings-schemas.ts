import { z } from '@hono/zod-openapi';
import type { PlatformSettingsView } from '../../services/platform-settings';

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
    updatedAt: z.iso.datetime().nullable().describe('Null while the install runs on the defaults'),
  })
  .openapi('PlatformSettings');

export const updatePlatformSettingsBody = z
  .object({ affiliateAutoApproval: z.boolean().optional(), affiliateReviewDays: reviewDays.optional() })
  .strict()
  .openapi('UpdatePlatformSettingsRequest');

export const platformSettingsView = (s: PlatformSettingsView): z.infer<typeof platformSettingsSchema> => ({
  affiliateAutoApproval: s.affiliateAutoApproval,
  affiliateReviewDays: s.affiliateReviewDays,
  updatedAt: s.updatedAt?.toISOString() ?? null,
});
