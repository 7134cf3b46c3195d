import type { CampaignStatus } from '../../schema/enums';

/**
 * A broadcast is a draft, then scheduled or at once sending, then sent. A triggered campaign goes from
 * draft to active. A draft, a scheduled send and an active trigger can be cancelled; sending, sent and
 * cancelled cannot (a send under way finishes: its recipients are already chosen).
 */
export const CAMPAIGN_TRANSITIONS: Readonly<Record<CampaignStatus, readonly CampaignStatus[]>> = {
  draft: ['scheduled', 'sending', 'active', 'cancelled'],
  scheduled: ['sending', 'cancelled'],
  sending: ['sent'],
  sent: [],
  active: ['cancelled'],
  cancelled: [],
};

export function canChangeCampaignStatus(from: CampaignStatus, to: CampaignStatus): boolean {
  return CAMPAIGN_TRANSITIONS[from].includes(to);
}

/** Only a draft's message and audience change: once scheduled, what goes out is settled (cancel, then copy). */
export const isCampaignEditable = (status: CampaignStatus): boolean => status === 'draft';

/** Only a draft, which never reached anyone, can be deleted; any other campaign keeps its report. */
export const isCampaignDeletable = (status: CampaignStatus): boolean => status === 'draft';

/** What starting a campaign moves it to: a triggered one is switched on, a broadcast sends now or waits. */
export function startedStatus(triggered: boolean, scheduled: boolean): CampaignStatus {
  if (triggered) return 'active';
  return scheduled ? 'scheduled' : 'sending';
}
