import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useEnrollmentLookup } from '@/features/organizations';
import { OrgEnrollmentStatusBadge } from '@/features/enrollments';
import { QueryState } from '@/ui/query-state';
import { RouterAnchor } from '@/ui/router-anchor';
import { ProfileSection } from './section';

/** Every program of the advertiser the affiliate is enrolled in, with its status there; each opens its page. */
export function ProgramsSection({
  orgId,
  affiliateId,
  current,
}: {
  orgId: string;
  affiliateId: string;
  current: string;
}) {
  const { t } = useTranslation('orgprograms');
  const enrollments = useEnrollmentLookup(orgId);
  return (
    <ProfileSection title={t('profile.programs')} testId="profile-programs">
      <QueryState query={enrollments}>
        {(list) => (
          <Stack gap="xs">
            {list
              .filter((e) => e.affiliate.id === affiliateId)
              .map((e) => (
                <Group key={e.id} justify="space-between" gap="xs" wrap="nowrap">
                  {e.id === current ? (
                    <Text size="sm" fw={600}>
                      {e.programName}
                    </Text>
                  ) : (
                    <RouterAnchor
                      to="/orgs/$orgId/affiliates/$enrollmentId"
                      params={{ orgId, enrollmentId: e.id }}
                      size="sm"
                    >
                      {e.programName}
                    </RouterAnchor>
                  )}
                  <OrgEnrollmentStatusBadge status={e.status} />
                </Group>
              ))}
          </Stack>
        )}
      </QueryState>
    </ProfileSection>
  );
}
