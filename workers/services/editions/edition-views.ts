import type { CustomDomainStatus, EditionDomainKind, EditionStatus } from '../../../schema/enums';

export interface EditionPlanPriceView {
  code: string;
  name: string;
  interval: 'month' | 'year' | 'once';
  priceMinor: number;
  listPriceMinor: number;
  currency: string;
}

export interface EditionStatsView {
  visitors: number;
  signups: number;
  sales: number;
  commissionMinor: number;
  currency: string | null;
}

/** An edition as its affiliate sees it: brand, host and its live status, prices, its own results. */
export interface MyEdition {
  id: string;
  appId: string;
  appName: string;
  name: string;
  primaryColor: string | null;
  accentColor: string | null;
  logoUrl: string | null;
  faviconUrl: string | null;
  domainKind: EditionDomainKind;
  host: string;
  domainStatus: CustomDomainStatus;
  status: EditionStatus;
  statusReason: string | null;
  plans: EditionPlanPriceView[];
  stats: EditionStatsView;
  submittedAt: Date | null;
  approvedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** An edition as the advertiser sees it: the same, with whose it is. */
export interface AdvertiserEdition extends MyEdition {
  affiliate: { id: string; name: string; email: string };
}
