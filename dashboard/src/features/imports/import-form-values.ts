import { REFERRAL_PARAM_PATTERN } from '@contracts/referral-params';
import type { CreateImport, ImportFormat, ImportSource } from './queries/org-imports';

export type ImportFileKind = 'affiliates' | 'customers' | 'commissions';
export const FILE_KINDS: readonly ImportFileKind[] = ['affiliates', 'customers', 'commissions'];

/** The API's bound on one file's text (createImportBody), checked before a long upload is refused. */
export const MAX_FILE_BYTES = 1_500_000;

export type ImportFormValues = {
  source: ImportSource;
  format: ImportFormat;
  token: string;
  programId: string | null;
  campaigns: { campaign: string; programId: string | null }[];
  sendWelcome: boolean;
  referralParam: string;
  /** Our CSV format's ledger key; empty: a fingerprint of the commissions file (docs/importing.md). */
  sourceKey: string;
  files: Record<ImportFileKind, File | null>;
};

export const initialImportValues = (): ImportFormValues => ({
  source: 'csv',
  format: 'ours',
  token: '',
  programId: null,
  campaigns: [],
  sendWelcome: false,
  referralParam: 'ref',
  sourceKey: '',
  files: { affiliates: null, customers: null, commissions: null },
});

// The parameters fixed by the product the records come from (workers/services/imports/source-params.ts).
const FIXED_PARAM: Partial<Record<ImportSource, string>> = {
  rewardful: 'via',
  firstpromoter: 'fpr',
  partnerstack: 'gspk',
};

/** The product a form's records come from: the API source, or for CSV files the product whose export they are. */
export const originOf = (values: Pick<ImportFormValues, 'source' | 'format'>): ImportSource | 'ours' =>
  values.source === 'csv' ? (values.format === 'ours' ? 'ours' : values.format) : values.source;

/** The link parameter the old links carry when the product fixes it; NULL when the advertiser names it (ours, Tolt). */
export const fixedParamOf = (values: Pick<ImportFormValues, 'source' | 'format'>): string | null => {
  const origin = originOf(values);
  return origin === 'ours' ? null : (FIXED_PARAM[origin] ?? null);
};

export const isReferralParam = (value: string): boolean => REFERRAL_PARAM_PATTERN.test(value);

/** The API's pattern for a ledger key (createImportBody.sourceKey); empty is allowed: the default. */
export const isSourceKey = (value: string): boolean => value === '' || /^[A-Za-z0-9._-]{1,64}$/.test(value);

/** The request body from the form and the files' text (read by the caller). */
export function formToCreateImport(
  values: ImportFormValues,
  texts: Partial<Record<ImportFileKind, string>>,
): CreateImport {
  const campaignPrograms = Object.fromEntries(
    values.campaigns
      .filter((c) => c.campaign.trim() && c.programId)
      .map((c) => [c.campaign.trim(), c.programId as string]),
  );
  const isCsv = values.source === 'csv';
  return {
    source: values.source,
    programId: values.programId ?? '',
    sendWelcome: values.sendWelcome,
    ...(isCsv
      ? {
          format: values.format,
          ...(values.format === 'ours' && values.sourceKey.trim() ? { sourceKey: values.sourceKey.trim() } : {}),
          files: {
            affiliates: texts.affiliates ?? '',
            ...(texts.customers ? { customers: texts.customers } : {}),
            ...(texts.commissions ? { commissions: texts.commissions } : {}),
          },
        }
      : { token: values.token.trim() }),
    ...(Object.keys(campaignPrograms).length > 0 ? { campaignPrograms } : {}),
    ...(fixedParamOf(values) === null ? { referralParam: values.referralParam.trim() } : {}),
  };
}
