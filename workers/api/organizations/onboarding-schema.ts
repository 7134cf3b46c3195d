import { z } from '@hono/zod-openapi';
import type { Onboarding } from '../../services/organizations';
import { isoOrNull, timestamp } from '../shared/schemas';

const count = (what: string) => z.number().int().min(0).describe(what);

export const onboarding = z
  .object({
    apps: count('Apps of the organization'),
    activeApiKeys: count('API keys not revoked, across every app'),
    programs: count('Programs in any status'),
    enrollments: count('Affiliates enrolled in any program, in any status'),
    lastConversionAt: timestamp
      .nullable()
      .describe('When the latest event (any source) was received; null before the first'),
  })
  .openapi('Onboarding');

export const onboardingView = (row: Onboarding): z.infer<typeof onboarding> => ({
  ...row,
  lastConversionAt: isoOrNull(row.lastConversionAt),
});
