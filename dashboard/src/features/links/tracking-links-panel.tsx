import { Alert, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MyEnrollment } from '@/features/enrollments';
import { CopyField } from '@/ui/copy-field';

/** The ready-made tracking links of an enrollment, one per link form the tracker accepts (docs/tracking.md). */
export function TrackingLinksPanel({ enrollment }: { enrollment: MyEnrollment }) {
  const { t } = useTranslation('programs');
  const links = enrollment.trackingLinks;
  if (!links)
    return (
      <Alert color="yellow" variant="light">
        {t('program.linksAfterApproval')}
      </Alert>
    );
  return (
    <Stack gap="md">
      <CopyField label={t('program.linkTracking')} value={links.affTrackingHost} hint={t('program.linkTrackingHint')} />
      <CopyField label={t('program.linkAffPath')} value={links.affPath} hint={t('program.linkAffPathHint')} />
      <CopyField label={t('program.linkClick')} value={links.click} hint={t('program.linkClickHint')} />
    </Stack>
  );
}
