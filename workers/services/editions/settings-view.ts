import type { EditionPlanOffer, EditionSettings } from '../../../schema';
import type { EditionBrandField, EditionDomainKind, EditionRewardType, RecurringMode } from '../../../schema/enums';

export interface EditionReward {
  type: EditionRewardType;
  rateBps: number | null;
  fixedMinor: number | null;
  recurringMode: RecurringMode;
  recurringMonths: number | null;
}

/** An app's edition offer as the advertiser edits it; an app never saved shows the defaults (off). */
export interface EditionSettingsView {
  appId: string;
  appName: string;
  enabled: boolean;
  programId: string | null;
  currency: string | null;
  brandFields: EditionBrandField[];
  domainKinds: EditionDomainKind[];
  baseDomain: string | null;
  plans: EditionPlanOffer[];
  reward: EditionReward;
  requiresApproval: boolean;
  updatedAt: Date | null;
}

export const rewardOf = (s: EditionSettings): EditionReward => ({
  type: s.rewardType,
  rateBps: s.rewardRateBps,
  fixedMinor: s.rewardFixedMinor,
  recurringMode: s.recurringMode,
  recurringMonths: s.recurringMonths,
});

export function settingsView(
  app: { id: string; name: string },
  row: EditionSettings | undefined,
  currency: string | null,
): EditionSettingsView {
  return {
    appId: app.id,
    appName: app.name,
    enabled: row?.enabled ?? false,
    programId: row?.programId ?? null,
    currency,
    brandFields: row?.brandFields ?? ['name', 'colors'],
    domainKinds: row?.domainKinds ?? ['subdomain'],
    baseDomain: row?.baseDomain ?? null,
    plans: row?.plans ?? [],
    reward: row
      ? rewardOf(row)
      : { type: 'percent', rateBps: 2000, fixedMinor: null, recurringMode: 'none', recurringMonths: null },
    requiresApproval: row?.requiresApproval ?? true,
    updatedAt: row?.updatedAt ?? null,
  };
}
