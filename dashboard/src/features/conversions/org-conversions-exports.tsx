import { useTranslation } from 'react-i18next';
import { isoDayBounds } from '@/lib/day-bounds';
import { downloadOrgCommissionsCsv, downloadOrgConversionsCsv } from './queries/exports';
import { DownloadButton } from '@/ui/download-button';
import type { OrgConversionsSearch } from './conversion-options';

/**
 * The page's conversions and their commission lines as CSV, with the page's range and filters, times in the
 * viewer's time zone (the file names say which range).
 */
export function OrgConversionsExports({ orgId, search }: { orgId: string; search: OrgConversionsSearch }) {
  const { t } = useTranslation('orgconversions');
  const range = isoDayBounds(search);
  const filters = {
    ...range,
    ...(search.program ? { programId: search.program } : {}),
    ...(search.affiliate ? { affiliateId: search.affiliate } : {}),
  };
  return (
    <>
      <DownloadButton
        label={t('conversions.exportConversions')}
        fallbackName="conversions.csv"
        fetchFile={() =>
          downloadOrgConversionsCsv(orgId, {
            ...filters,
            ...(search.app ? { appId: search.app } : {}),
            ...(search.status ? { status: search.status } : {}),
            ...(search.type ? { type: search.type } : {}),
          })
        }
      />
      <DownloadButton
        label={t('conversions.exportCommissions')}
        fallbackName="commissions.csv"
        fetchFile={() => downloadOrgCommissionsCsv(orgId, filters)}
      />
    </>
  );
}
