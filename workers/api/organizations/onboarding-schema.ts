import { INTEGRATION_SOURCES } from '../../domain/onboarding-steps';
import { z } from '@hono/zod-openapi';
import { ConversionEventType } from '../../../schema/enums';
import { ONBOARDING_STEP_STATES } from '../../domain/onboarding-steps';
import type { Onboarding } from '../../services/organizations';
import { timestamp } from '../shared/schemas';

const count = (what: string) => z.number().int().min(0).describe(what);
const state = z
  .enum(ONBOARDING_STEP_STATES)
  .describe('done; todo; not_needed: another step made it unnecessary (events by postback or Stripe need no API key)');

export const onboarding = z
  .object({
    apps: count('Apps of the organization'),
    activeApiKeys: count('API keys not revoked, across every app'),
    programs: count('Programs in any status'),
    affiliates: count('People, not enrollments: distinct affiliates with an active enrollment in any program'),
    applicants: count('Distinct affiliates whose applications wait for a decision and who are not active yet'),
    lastEvent: z
      .object({
        type: z.enum(ConversionEventType),
        eventId: z.string(),
        source: z.enum(INTEGRATION_SOURCES).describe('How it arrived'),
        receivedAt: timestamp,
      })
      .nullable()
      .describe(
        'The latest event that came through an integration (a signed API request, an S2S postback or a billing provider’s webhook); null before the first',
      ),
    steps: z
      .object({ app: state, apiKey: state, integrate: state, program: state, affiliates: state })
      .describe('Each getting-started step, judged by its own condition'),
  })
  .openapi('Onboarding');

export const onboardingView = (row: Onboarding): z.infer<typeof onboarding> => ({
  ...row,
  lastEvent: row.lastEvent && { ...row.lastEvent, receivedAt: row.lastEvent.receivedAt.toISOString() },
});
