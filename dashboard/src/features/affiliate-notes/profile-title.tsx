import { Avatar, Group } from '@mantine/core';
import type { Enrollment } from '@/features/enrollments';
import { affiliateName } from '@/features/enrollments';
import { OrgEnrollmentStatusBadge } from '@/features/enrollments';
import { GroupBadge } from '@/features/enrollments';

/** The affiliate's initials avatar, name and status in this program. */
export function ProfileTitle({ enrollment: e }: { enrollment: Enrollment }) {
  const name = affiliateName(e.affiliate);
  return (
    <Group gap="sm" component="span" wrap="nowrap">
      <Avatar name={name} color="initials" radius="xl" size="md" aria-hidden data-testid="profile-avatar" />
      <Group gap="sm" component="span" wrap="wrap">
        <span>{name}</span>
        <OrgEnrollmentStatusBadge status={e.status} />
        <GroupBadge group={e.group} />
      </Group>
    </Group>
  );
}
