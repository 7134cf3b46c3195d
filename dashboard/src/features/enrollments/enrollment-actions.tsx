import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { offeredEnrollmentActions } from '@domain/enrollment-status';
import type { Enrollment, EnrollmentActionName } from './queries/org-enrollments';
import { affiliateName } from './affiliate-name';
import { EnrollmentActionModal } from './enrollment-action-modal';

/** One button per action offered for the enrollment's status (the table the API enforces, less a pending's Terminate). */
export function EnrollmentActions({
  orgId,
  enrollment,
  size = 'compact-sm',
}: {
  orgId: string;
  enrollment: Enrollment;
  size?: 'compact-sm' | 'sm';
}) {
  const { t } = useTranslation('orgprograms');
  const [action, setAction] = useState<EnrollmentActionName | null>(null);
  const allowed = offeredEnrollmentActions(enrollment.status);
  if (allowed.length === 0) return null;
  const name = affiliateName(enrollment.affiliate);
  return (
    <Group gap={6} wrap="nowrap">
      {allowed.map((a) => (
        <Button
          key={a}
          size={size}
          // Only the actions that let an affiliate work are primary; suspending is secondary, ending is red.
          variant={a === 'approve' || a === 'reactivate' ? 'filled' : a === 'suspend' ? 'default' : 'light'}
          color={a === 'reject' || a === 'terminate' ? 'red' : undefined}
          onClick={() => setAction(a)}
          aria-label={t(`enrollmentActions.${a}.of`, { name })}
        >
          {t(`enrollmentActions.${a}.button`)}
        </Button>
      ))}
      {action && (
        <EnrollmentActionModal orgId={orgId} enrollment={enrollment} action={action} onClose={() => setAction(null)} />
      )}
    </Group>
  );
}
