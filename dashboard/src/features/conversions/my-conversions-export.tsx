import { useTranslation } from 'react-i18next';
import { isoDayBounds } from '@/lib/day-bounds';
import { downloadMyCommissionsCsv, downloadMyConversionsCsv } from './queries/exports';
import type { ConversionsSearch } from './conversions-options';
import { DownloadButton } from '@/ui/download-button';

/** The open tab's list as CSV (conversions or commission lines), with its range and filters, in the viewer's zone. */
export function MyConversionsExport({
  orgId,
  search,
  tab,
}: {
  orgId: string;
  search: ConversionsSearch;
  tab: 'conversions' | 'commissions';
}) {
  const { t } = useTranslation('earnings');
  const base = { ...isoDayBounds(search), ...(search.program ? { programId: search.program } : {}) };
  if (tab === 'commissions')
    return (
      <DownloadButton
        label={t('conversions.exportCommissions')}
        fallbackName="commissions.csv"
        fetchFile={() =>
          downloadMyCommissionsCsv(orgId, {
            ...base,
            ...(search.lineStatus ? { status: search.lineStatus } : {}),
            ...(search.level ? { level: Number(search.level) } : {}),
          })
        }
      />
    );
  return (
    <DownloadButton
      label={t('conversions.exportConversions')}
      fallbackName="conversions.csv"
      fetchFile={() =>
        downloadMyConversionsCsv(orgId, {
          ...base,
          ...(search.status ? { status: search.status } : {}),
          ...(search.type ? { type: search.type } : {}),
        })
      }
    />
  );
}
