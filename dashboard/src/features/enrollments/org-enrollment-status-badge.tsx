import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EnrollmentStatus } from './queries/org-enrollments';

const COLORS: Record<EnrollmentStatus, string> = {
  pending: 'yellow',
  active: 'teal',
  rejected: 'red',
  suspended: 'orange',
  terminated: 'gray',
};

export function OrgEnrollmentStatusBadge({ status }: { status: EnrollmentStatus }) {
  const { t } = useTranslation('orgprograms');
  return (
    // A narrow table column must not cut the status short.
    <Badge variant="light" color={COLORS[status]} style={{ minWidth: 'max-content' }}>
      {t(`enrollmentStatus.${status}`)}
    </Badge>
  );
}
