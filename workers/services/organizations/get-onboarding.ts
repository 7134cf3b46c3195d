import { sql } from 'drizzle-orm';
import { apiKeys, apps, conversions, enrollments, programs } from '../../../schema';
import type { ConversionEventType } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import {
  type IntegrationSource,
  type OnboardingStep,
  type OnboardingStepState,
  onboardingSteps,
} from '../../domain/onboarding-steps';
import { actingAdvertiser } from '../access';

/** The latest event that came through an integration the advertiser set up. */
export interface OnboardingEvent {
  type: ConversionEventType;
  eventId: string;
  source: IntegrationSource;
  receivedAt: Date;
}

/** How far the tenant has set itself up, and each getting-started step's state by the domain rule. */
export interface Onboarding {
  apps: number;
  activeApiKeys: number;
  programs: number;
  /** Distinct affiliates with an active enrollment: people, not enrollments. */
  affiliates: number;
  /** Distinct affiliates whose only enrollments wait for a decision. */
  applicants: number;
  lastEvent: OnboardingEvent | null;
  steps: Record<OnboardingStep, OnboardingStepState>;
}

/**
 * One round trip for the whole checklist. An event counts as the integration's test event only when it came
 * through an integration: a postback, a Stripe webhook, or an API request, which a key of that event's app
 * must have signed (so rows loaded by other means, such as demo data, tick nothing). Click credits are the
 * CPC job's, not an event anyone sent.
 */
export async function getOnboarding({ ctx }: ServiceCall<void>): Promise<Onboarding> {
  const orgId = actingAdvertiser(ctx).organizationId;
  const result = await ctx.db.execute(sql`
    SELECT
      (SELECT count(*)::int FROM ${apps} WHERE ${apps.organizationId} = ${orgId}) AS apps,
      (SELECT count(*)::int FROM ${apiKeys} JOIN ${apps} ON ${apps.id} = ${apiKeys.appId}
        WHERE ${apps.organizationId} = ${orgId} AND ${apiKeys.revokedAt} IS NULL) AS active_api_keys,
      (SELECT count(*)::int FROM ${programs} WHERE ${programs.organizationId} = ${orgId}) AS programs,
      (SELECT count(DISTINCT ${enrollments.affiliateId})::int FROM ${enrollments}
        WHERE ${enrollments.organizationId} = ${orgId} AND ${enrollments.status} = 'active') AS affiliates,
      (SELECT count(DISTINCT e.affiliate_id)::int FROM ${enrollments} e
        WHERE e.organization_id = ${orgId} AND e.status = 'pending'
          AND NOT EXISTS (SELECT 1 FROM ${enrollments} a
            WHERE a.organization_id = ${orgId} AND a.affiliate_id = e.affiliate_id AND a.status = 'active')
      ) AS applicants,
      (SELECT json_build_object('type', c.event_type, 'eventId', c.event_id, 'source', c.source,
          'receivedAt', c.received_at)
        FROM ${conversions} c
        WHERE c.organization_id = ${orgId}
          AND (c.source IN ('postback', 'stripe', 'paddle', 'lemon_squeezy', 'billing_webhook')
            OR (c.source = 'api' AND EXISTS (SELECT 1 FROM ${apiKeys} k
              WHERE k.app_id = c.app_id AND k.last_used_at IS NOT NULL)))
        ORDER BY c.received_at DESC LIMIT 1) AS last_event`);
  const row = result.rows[0] as {
    apps: number;
    active_api_keys: number;
    programs: number;
    affiliates: number;
    applicants: number;
    last_event: { type: ConversionEventType; eventId: string; source: IntegrationSource; receivedAt: string } | null;
  };
  const lastEvent = row.last_event && { ...row.last_event, receivedAt: new Date(row.last_event.receivedAt) };
  return {
    apps: row.apps,
    activeApiKeys: row.active_api_keys,
    programs: row.programs,
    affiliates: row.affiliates,
    applicants: row.applicants,
    lastEvent,
    steps: onboardingSteps({
      apps: row.apps,
      activeApiKeys: row.active_api_keys,
      programs: row.programs,
      affiliates: row.affiliates,
      lastEventSource: lastEvent?.source ?? null,
    }),
  };
}
