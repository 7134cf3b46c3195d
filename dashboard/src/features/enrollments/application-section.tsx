import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Enrollment } from './queries/org-enrollments';
import { ApplicationDetails, hasApplication } from './application-details';
import { SectionCard } from '@/ui/section-card';

/** The affiliate's page: what they gave when applying. Nothing at all when they came without a form or terms. */
export function ApplicationSection({ enrollment }: { enrollment: Enrollment }) {
  const { t } = useTranslation('programs', { keyPrefix: 'applications' });
  if (!hasApplication(enrollment.application)) return null;
  return (
    <SectionCard title={t('review.section')} id="application-title">
      <Stack gap="sm">
        <ApplicationDetails application={enrollment.application} />
      </Stack>
    </SectionCard>
  );
}
