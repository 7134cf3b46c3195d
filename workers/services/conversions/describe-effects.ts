import type { Commission, Conversion } from '../../../schema';
import { isConversionRejected, isConversionUnderReview } from '../../domain/conversion-status';
import { formatMinorUnits } from '../../domain/format-minor-units';
import type { NotificationRequest } from '../notifications';
import type { PostbackRequest } from '../postbacks';
import type { ClickFacts } from './find-click';
import type { Settled } from './settle-conversion';
import { SUB_KEYS } from '../../contracts/sub-keys';

export interface ConversionEffects {
  postbacks: PostbackRequest[];
  notifications: NotificationRequest[];
  /** The conversion waits for its click: ask again later. */
  retryAttributionOf: string | null;
  /** Enrollments whose totals grew: their program workflows are evaluated (optional: absent means none). */
  workflowEnrollmentIds?: string[];
}

function money(amountMinor: number, currency: string): string {
  return `${formatMinorUnits(amountMinor, currency)} ${currency}`;
}

function postbackValues(
  conversion: Conversion,
  direct: Commission | undefined,
  click: ClickFacts | null,
  now: Date,
): PostbackRequest['values'] {
  const values: PostbackRequest['values'] = {
    // Only the click that earned the conversion: a coupon or customer match must not echo a click
    // id the partner reported, which may be another affiliate's.
    click_id: click?.id ?? '',
    affiliate_id: conversion.affiliateId ?? '',
    advertiser_id: conversion.organizationId,
    offer_id: conversion.programId ?? '',
    status: conversion.status,
    payout: direct ? formatMinorUnits(direct.amountMinor, direct.currency) : '0',
    currency: direct?.currency ?? conversion.currency ?? '',
    timestamp: String(Math.floor(now.getTime() / 1000)),
  };
  for (const sub of SUB_KEYS) values[sub] = click?.[sub] ?? '';
  return values;
}

/** A lead, sale or rejection, as the affiliate's postback and inbox hear of it. */
export function announceDecision(
  conversion: Conversion,
  lines: Commission[],
  click: ClickFacts | null,
  now: Date,
): Pick<ConversionEffects, 'postbacks' | 'notifications'> {
  const affiliateId = conversion.affiliateId;
  if (!affiliateId || isConversionUnderReview(conversion.status)) return { postbacks: [], notifications: [] };
  const direct = lines.find((l) => l.level === 0 && l.kind === 'commission');
  const rejected = isConversionRejected(conversion.status);
  const eventType = rejected ? 'rejected' : conversion.eventType === 'lead' ? 'lead' : 'sale';
  const postback: PostbackRequest = {
    v: 1,
    affiliateId,
    organizationId: conversion.organizationId,
    eventType,
    eventKey: rejected ? `${conversion.id}:rejected` : conversion.id,
    conversionId: conversion.id,
    clickId: conversion.clickId,
    programId: conversion.programId,
    occurredAt: conversion.occurredAt.toISOString(),
    values: postbackValues(conversion, direct, click, now),
  };
  const earned = lines.filter((l) => l.kind === 'commission');
  const notifications: NotificationRequest[] = rejected
    ? [
        {
          v: 1,
          userId: affiliateId,
          organizationId: conversion.organizationId,
          event: 'rejection',
          title: `A ${conversion.eventType} was rejected`,
          body: conversion.rejectReason ?? 'Rejected by the advertiser',
          data: { conversionId: conversion.id, reason: conversion.rejectReason, eventType: conversion.eventType },
          dedupeKey: `rejection:${conversion.id}`,
        },
      ]
    : earned.map((line) => ({
        v: 1 as const,
        userId: line.beneficiaryId,
        organizationId: conversion.organizationId,
        event: 'conversion' as const,
        title:
          line.level === 0
            ? `New ${conversion.eventType}: ${money(line.amountMinor, line.currency)}`
            : `Level ${line.level} commission: ${money(line.amountMinor, line.currency)}`,
        body: `Commission ${money(line.amountMinor, line.currency)}, on hold until ${line.holdUntil.toISOString().slice(0, 10)}.`,
        data: {
          conversionId: conversion.id,
          commissionId: line.id,
          level: line.level,
          eventType: conversion.eventType,
          amountMinor: line.amountMinor,
          currency: line.currency,
        },
        dedupeKey: `conversion:${line.id}`,
      }));
  return { postbacks: [postback], notifications };
}

/** What a settled conversion tells the outside world once its transaction has committed. */
export function describeEffects(settled: Settled, now: Date): ConversionEffects {
  const none: ConversionEffects = { postbacks: [], notifications: [], retryAttributionOf: null };
  switch (settled.kind) {
    case 'waiting_for_click':
    case 'waiting_for_sale':
      return { ...none, retryAttributionOf: settled.conversion.id };
    case 'unattributed':
      return none;
    case 'earned': {
      const own = announceDecision(settled.conversion, settled.lines, settled.click, now);
      // Earlier sales this conversion credited are announced like any sale; none of them waits.
      const followers = settled.followers.map((f) => describeEffects(f, now));
      const enrollmentId = settled.conversion.enrollmentId;
      return {
        ...none,
        workflowEnrollmentIds: [
          ...(enrollmentId ? [enrollmentId] : []),
          ...followers.flatMap((f) => f.workflowEnrollmentIds ?? []),
        ],
        postbacks: [...own.postbacks, ...followers.flatMap((f) => f.postbacks)],
        notifications: [...own.notifications, ...followers.flatMap((f) => f.notifications)],
      };
    }
    case 'cancelled':
    case 'reversed': {
      const { conversion, original } = settled;
      if (!original?.affiliateId) return none;
      const reversed = settled.lines.reduce(
        (sum, l) => (l.beneficiaryId === original.affiliateId ? sum + Math.abs(l.amountMinor) : sum),
        0,
      );
      const currency = settled.lines[0]?.currency ?? original.currency ?? '';
      const what = conversion.eventType === 'cancel' ? 'cancelled their subscription' : 'was refunded';
      const body =
        settled.kind === 'cancelled' && settled.effect === 'recurring_ended'
          ? 'Their recurring commissions end here; the commissions already earned stay yours.'
          : reversed > 0
            ? `${money(reversed, currency)} of your commission was reversed.`
            : 'No commission was affected.';
      return {
        ...none,
        notifications: [
          {
            v: 1,
            userId: original.affiliateId,
            organizationId: conversion.organizationId,
            event: 'cancellation',
            title: `A customer ${what}`,
            body,
            data: {
              conversionId: conversion.id,
              originalConversionId: original.id,
              reversedMinor: reversed,
              currency,
              cancelKind: conversion.eventType === 'cancel' ? 'cancel' : 'refund',
              ...(settled.kind === 'cancelled' ? { cancelEffect: settled.effect } : {}),
            },
            dedupeKey: `cancellation:${conversion.id}`,
          },
        ],
      };
    }
  }
}
