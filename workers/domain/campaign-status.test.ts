import { describe, expect, test } from 'vitest';
import { CampaignStatus } from '../../schema/enums';
import {
  CAMPAIGN_TRANSITIONS,
  canChangeCampaignStatus,
  isCampaignDeletable,
  isCampaignEditable,
  startedStatus,
} from './campaign-status';

const allowed = [
  ['draft', 'scheduled'],
  ['draft', 'sending'],
  ['draft', 'active'],
  ['draft', 'cancelled'],
  ['scheduled', 'sending'],
  ['scheduled', 'cancelled'],
  ['sending', 'sent'],
  ['active', 'cancelled'],
] as const;

describe('campaign status transitions', () => {
  test.each(allowed)('%s → %s is allowed', (from, to) => expect(canChangeCampaignStatus(from, to)).toBe(true));

  // Every other pair, generated, so a transition added by mistake fails here.
  const refused = CampaignStatus.flatMap((from) => CampaignStatus.map((to) => [from, to] as const)).filter(
    ([from, to]) => !allowed.some(([f, t]) => f === from && t === to),
  );
  test.each(refused)('%s → %s is refused', (from, to) => expect(canChangeCampaignStatus(from, to)).toBe(false));

  test('sent and cancelled are final', () => {
    expect(CAMPAIGN_TRANSITIONS.sent).toEqual([]);
    expect(CAMPAIGN_TRANSITIONS.cancelled).toEqual([]);
  });
});

describe('campaign status predicates', () => {
  test.each(CampaignStatus)('%s', (status) => {
    expect(isCampaignEditable(status)).toBe(status === 'draft');
    expect(isCampaignDeletable(status)).toBe(status === 'draft');
  });

  test.each([
    [true, false, 'active'],
    [true, true, 'active'],
    [false, true, 'scheduled'],
    [false, false, 'sending'],
  ] as const)('triggered %s, scheduled %s starts as %s', (triggered, scheduled, status) =>
    expect(startedStatus(triggered, scheduled)).toBe(status),
  );
});
