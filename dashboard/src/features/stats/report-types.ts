import type { components } from '@/lib/api/schema.gen';

/** What the advertiser's and the affiliate's reports share: time buckets, group values and the counts. */
export type ReportMetrics = components['schemas']['ReportMetrics'];
export type ReportRow = {
  bucketLocal: string | null;
  dimensions: Record<string, string | undefined>;
  metrics: ReportMetrics;
  /** Per currency: an advertiser's carry revenue, an affiliate's only its own commission (payout). */
  money?: { currency: string; payoutMinor: number; revenueMinor?: number }[];
  previous?: { metrics: ReportMetrics };
};
export type ReportRows = {
  granularity: components['schemas']['Report']['granularity'];
  rows: ReportRow[];
  timeZone?: string;
  previousPeriod?: { from: string; to: string; partial: boolean } | null;
};
