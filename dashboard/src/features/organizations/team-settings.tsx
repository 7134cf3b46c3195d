import { Stack } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useOrgAccess } from '@/lib/access/use-org-access';
import { InvitationsSection } from './invitations-section';
import { MembersSection } from './members-section';
import { SETTINGS_FROM } from './settings-search';

/** The team: members and their roles, and (for owners and admins) the invitations. */
export function TeamSettings() {
  const { orgId } = useParams({ from: SETTINGS_FROM });
  const access = useOrgAccess();
  const manage = access.canManage && !access.readOnly;
  return (
    <Stack gap="xl">
      <MembersSection orgId={orgId} manage={manage} />
      {(access.canManage || access.readOnly) && <InvitationsSection orgId={orgId} manage={manage} />}
    </Stack>
  );
}
