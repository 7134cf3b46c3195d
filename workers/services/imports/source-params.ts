import type { ImportSource } from '../../../schema/enums';

/**
 * The link parameter each source's links carry (Rewardful `?via=`, FirstPromoter `?fpr=`,
 * PartnerStack `?gspk=`); Tolt's is set per program there (`?ref=` unless changed), so the advertiser
 * names it; our CSV format's is ours, `ref`, unless the advertiser names another.
 */
export const FIXED_REFERRAL_PARAM: Partial<Record<ImportSource, string>> = {
  rewardful: 'via',
  firstpromoter: 'fpr',
  partnerstack: 'gspk',
};

export function referralParamFor(source: ImportSource, chosen: string | undefined): string {
  return FIXED_REFERRAL_PARAM[source] ?? chosen ?? 'ref';
}
