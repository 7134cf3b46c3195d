import type { ImportJob } from '../../../schema';
import type { ImportCsvFormat, ImportSource } from '../../../schema/enums';

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

/**
 * The product a job's records come from: the API source, or for a csv import the product whose
 * exports it reads (ours when none). Opening balances and paid history are keyed by it, so the same
 * commission brought over once through the API and once through its export is booked once.
 */
export function recordOrigin(source: ImportSource, format: ImportCsvFormat | undefined): ImportSource {
  return source === 'csv' && format && format !== 'ours' ? format : source;
}

export const originOf = (job: Pick<ImportJob, 'source' | 'options'>): ImportSource =>
  recordOrigin(job.source, job.options.format);

/**
 * A commission's id as it is booked: another product's ids are unique in that product (its API and its
 * export name the same commission alike); our CSV format's are the file's own (1, 2, …), so they are
 * booked under the job's ledger key, and two unrelated files never take each other's for a rerun.
 */
export const bookedIdOf = (job: Pick<ImportJob, 'source' | 'options'>, externalId: string): string =>
  job.options.sourceKey ? `${job.options.sourceKey}:${externalId}` : externalId;
