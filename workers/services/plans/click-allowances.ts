/**
 * One organization's click limit and how many clicks of a month it had used before a batch. Click
 * ingest judges the batch against it in its own statement (services/tracking/insert-clicks-statement.ts).
 */
export interface ClickAllowance {
  organizationId: string;
  month: string;
  allowed: number;
  used: number;
}
