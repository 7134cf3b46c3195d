import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MyEnrollment } from './queries/my-programs';

const COLORS: Record<MyEnrollment['status'], string> = {
  pending: 'yellow',
  active: 'teal',
  rejected: 'red',
  suspended: 'orange',
  terminated: 'gray',
};

/** An enrollment's status in the light variant, which the theme keeps readable (contrast). */
export function EnrollmentStatusBadge({ status }: { status: MyEnrollment['status'] }) {
  const { t } = useTranslation('programs');
  return (
    <Badge variant="light" color={COLORS[status]}>
      {t(`status.${status}`)}
    </Badge>
  );
}
