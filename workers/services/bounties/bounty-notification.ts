import type { Bounty } from '../../../schema';
import { formatMinorUnits } from '../../domain/format-minor-units';
import type { NotificationRequest } from '../notifications';

/**
 * What the affiliate is told (event `bounty`): its submission approved (and the bounty won) or
 * rejected with the reason, or a performance bounty won. The templates render it in the reader's
 * language from `data`; the English title and body are the fallback.
 */
export function bountyNotification(input: {
  bounty: Bounty;
  programName: string;
  affiliateId: string;
  outcome: 'approved' | 'rejected' | 'awarded';
  subjectId: string;
  reason?: string | null;
}): NotificationRequest {
  const { bounty, programName, outcome } = input;
  // A title is at most 200 characters; a bounty's name may be 200 itself.
  const name = bounty.name.length > 140 ? `${bounty.name.slice(0, 139)}…` : bounty.name;
  const bonus = `${formatMinorUnits(bounty.bonusMinor, bounty.currency)} ${bounty.currency}`;
  const title =
    outcome === 'rejected'
      ? `${name}: your submission was not accepted`
      : outcome === 'approved'
        ? `${name}: your submission was approved`
        : `${name}: you won the bounty`;
  return {
    v: 1,
    userId: input.affiliateId,
    organizationId: bounty.organizationId,
    event: 'bounty',
    title,
    body:
      outcome === 'rejected'
        ? `Reason: ${input.reason ?? ''}`
        : `A bonus of ${bonus} is on hold until the hold period ends, like any commission.`,
    data: {
      outcome,
      bountyId: bounty.id,
      bountyName: bounty.name,
      programId: bounty.programId,
      programName,
      bonusMinor: outcome === 'rejected' ? null : bounty.bonusMinor,
      currency: bounty.currency,
      reason: input.reason ?? null,
    },
    dedupeKey: `bounty:${input.subjectId}:${outcome}`,
  };
}
