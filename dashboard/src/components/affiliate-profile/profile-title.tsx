import { Avatar, Group } from '@mantine/core';
import type { Enrollment } from '@/queries/org-enrollments';
import { affiliateName } from '../org-affiliates/affiliate-name';
import { OrgEnrollmentStatusBadge } from '../org-affiliates/enrollment-status-badge';
import { GroupBadge } from '../program-groups/group-badge';

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
