import { z } from '@hono/zod-openapi';
import type { BUILT_IN_STEPS, OnboardingStep } from '../../domain/onboarding-path';
import type { ActivationFunnel, MyOnboarding } from '../../services/onboarding';
import { httpsUrl, idParam, iso, isoOrNull, timestamp } from '../shared/schemas';

export const programParams = z.object({ orgId: idParam('orgId'), programId: idParam('programId') });

/** A custom step's id: made by the dashboard, kept across edits so what affiliates ticked stays ticked. */
const stepId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'Lower-case letters, digits and dashes, at most 40')
  .describe('brief, creatives, link, click, conversion, or the id of a step of your own');

export const stepParams = programParams.extend({
  stepId: stepId.openapi({ param: { name: 'stepId', in: 'path' }, example: 'brief' }),
});

const localizedTitle = z
  .strictObject({ en: z.string().trim().min(1).max(120), ru: z.string().trim().max(120).nullable() })
  .describe('English, and Russian (null or empty: the English text)');
const localizedDescription = z
  .strictObject({ en: z.string().trim().max(1_000), ru: z.string().trim().max(1_000).nullable() })
  .describe('English, and Russian (null or empty: the English text)');

const builtInStep = <K extends (typeof BUILT_IN_STEPS)[number]>(kind: K) =>
  z.strictObject({ id: z.literal(kind), kind: z.literal(kind), enabled: z.boolean() });
const customStep = z.strictObject({
  id: stepId,
  kind: z.literal('custom'),
  enabled: z.boolean(),
  title: localizedTitle,
  description: localizedDescription.nullable(),
  url: httpsUrl.nullable().describe('Where the step’s button goes (https); null: the affiliate just ticks it'),
});

export const onboardingStep = z
  .discriminatedUnion('kind', [
    builtInStep('brief'),
    builtInStep('creatives'),
    builtInStep('link'),
    builtInStep('click'),
    builtInStep('conversion'),
    customStep,
  ])
  .openapi('OnboardingStep');

export const onboardingPathBody = z
  .strictObject({ steps: z.array(onboardingStep).min(1).max(20).describe('In the order affiliates follow them') })
  .openapi('OnboardingPathRequest');

export const onboardingPath = z
  .object({
    steps: z.array(onboardingStep),
    isDefault: z.boolean().describe('true until the advertiser saves a path of its own'),
  })
  .openapi('OnboardingPath');

export const onboardingPathView = (p: {
  steps: OnboardingStep[];
  isDefault: boolean;
}): z.infer<typeof onboardingPath> => ({ steps: p.steps, isDefault: p.isDefault }) as z.infer<typeof onboardingPath>;

export const myOnboardingQuery = z.object({
  programId: z.uuid().optional().describe('Only this program'),
});

export const myOnboarding = z
  .object({
    items: z.array(
      z.object({
        enrollmentId: z.uuid(),
        programId: z.uuid(),
        programName: z.string(),
        done: z.number().int(),
        total: z.number().int(),
        nextStepId: z.string().nullable().describe('The first step not reached yet; null once the path is done'),
        steps: z.array(
          z.object({
            step: onboardingStep,
            reached: z.boolean(),
            reachedAt: timestamp.nullable().describe('Null until reached, or when the time is no longer known'),
          }),
        ),
      }),
    ),
  })
  .openapi('MyOnboarding');

export const myOnboardingView = (rows: MyOnboarding[]): z.infer<typeof myOnboarding> => ({
  items: rows.map((r) => ({
    enrollmentId: r.enrollmentId,
    programId: r.programId,
    programName: r.programName,
    done: r.done,
    total: r.total,
    nextStepId: r.next?.id ?? null,
    steps: r.steps.map((s) => ({
      step: s.step as z.infer<typeof onboardingStep>,
      reached: s.reached,
      reachedAt: isoOrNull(s.reachedAt),
    })),
  })),
});

export const recordedStep = z
  .object({ stepId: z.string(), reachedAt: timestamp.describe('The first time; a second call keeps it') })
  .openapi('OnboardingStepReached');

export const funnelQuery = z.object({
  months: z.coerce
    .number()
    .int()
    .min(1)
    .max(24)
    .default(6)
    .describe('How many calendar months of joiners, this one included (default 6)'),
});

const funnelCohort = z.object({
  month: z.string().describe('The UTC month of approval, YYYY-MM; all: every month of the range'),
  joined: z.number().int(),
  steps: z.array(
    z.object({
      stepId: z.string(),
      reached: z.number().int(),
      fromPreviousBps: z
        .number()
        .int()
        .nullable()
        .describe('Of those who reached the step before, the share who reached this one, in basis points'),
      medianSeconds: z.number().int().nullable().describe('Median time from approval to reaching it'),
    }),
  ),
});

export const activationFunnel = z
  .object({
    from: timestamp,
    steps: z.array(onboardingStep).describe('The path’s steps switched on, in order'),
    cohorts: z.array(funnelCohort).describe('Newest month first; months nobody joined are left out'),
    total: funnelCohort,
  })
  .openapi('ActivationFunnel');

export const activationFunnelView = (f: ActivationFunnel): z.infer<typeof activationFunnel> => ({
  from: iso(f.from),
  steps: f.steps as z.infer<typeof onboardingStep>[],
  cohorts: f.cohorts,
  total: f.total,
});
