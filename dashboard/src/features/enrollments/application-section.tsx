import { Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Enrollment } from './queries/org-enrollments';
import { ApplicationDetails, hasApplication } from './application-details';

/** The affiliate's page: what they gave when applying. Nothing at all when they came without a form or terms. */
export function ApplicationSection({ enrollment }: { enrollment: Enrollment }) {
  const { t } = useTranslation('programs', { keyPrefix: 'applications' });
  if (!hasApplication(enrollment.application)) return null;
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="application-title">
      <Stack gap="sm">
        <Title order={2} fz="h4" id="application-title">
          {t('review.section')}
        </Title>
        <ApplicationDetails application={enrollment.application} />
      </Stack>
    </Paper>
  );
}
