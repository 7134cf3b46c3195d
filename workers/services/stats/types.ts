import type { StatsGranularity } from '../../domain/stats-range';
import type { StatsDimension } from '../../domain/stats-sources';

/** Counts and rates of one report row; null where the answering rollups do not keep the metric. */
export interface ReportMetrics {
  /** Visitor-days of branded editions (grouped or filtered by edition only). */
  visitors: number | null;
  clicks: number | null;
  uniqueClicks: number | null;
  rejectedClicks: number | null;
  leads: number | null;
  sales: number | null;
  rebills: number | null;
  refunds: number | null;
  cancellations: number | null;
  pendingConversions: number | null;
  flaggedConversions: number | null;
  rejectedConversions: number | null;
  cr: number | null;
  crUnique: number | null;
}

/** The advertiser's money in one currency (minor units); ratios are plain numbers. */
export interface AdvertiserMoney {
  currency: string;
  revenueMinor: number;
  payoutMinor: number;
  profitMinor: number;
  roi: number | null;
  epc: number | null;
}

/** An affiliate's money in one currency: its own commission, never the advertiser's revenue. */
export interface AffiliateMoney {
  currency: string;
  payoutMinor: number;
  epc: number | null;
}

export interface ReportRow<M> {
  /** Start of the time bucket (UTC ISO); null for granularity total. */
  bucket: string | null;
  /** The bucket's start on the caller's clock, YYYY-MM-DDTHH:MM. */
  bucketLocal: string | null;
  dimensions: Partial<Record<StatsDimension, string>>;
  metrics: ReportMetrics;
  money: M[];
  /** The same group in the previous period, when compare=previous. */
  previous?: { metrics: ReportMetrics; money: M[] };
}

export interface Report<M> {
  timeZone: string;
  granularity: StatsGranularity;
  from: string;
  to: string;
  /** What the previous-period figures cover; partial: cut to the elapsed part of a running period. */
  previousPeriod: { from: string; to: string; partial: boolean } | null;
  groupBy: StatsDimension[];
  /** Which rollup family answered; metrics it does not keep are null in every row. */
  source: string;
  rows: ReportRow<M>[];
  nextCursor: string | null;
}

export type AdvertiserReport = Report<AdvertiserMoney>;

export interface AffiliateReport extends Report<AffiliateMoney> {
  /** Your earnings per commission level (0 = your traffic, 1–3 = referred affiliates'); null when filters rule it out. */
  earningsByLevel: { level: number; currency: string; amountMinor: number }[] | null;
}
