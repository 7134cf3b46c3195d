import { Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MyEnrollment } from './queries/my-programs';
import { RouterAnchor } from '@/ui/router-anchor';
import { EnrollmentStatusBadge } from './enrollment-status-badge';
import { useCommissionText } from './program-terms';

/** The joined programs as cards: name (the link to the program page), status and the headline commission. */
export function MyProgramList({ orgId, enrollments }: { orgId: string; enrollments: MyEnrollment[] }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
      {enrollments.map((enrollment) => (
        <MyProgramCard key={enrollment.id} orgId={orgId} enrollment={enrollment} />
      ))}
    </SimpleGrid>
  );
}

function MyProgramCard({ orgId, enrollment }: { orgId: string; enrollment: MyEnrollment }) {
  const { t } = useTranslation('programs');
  const commission = useCommissionText(enrollment.program);
  return (
    <Card withBorder radius="md" padding="lg">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <RouterAnchor
            to="/affiliate/$orgId/programs/$programId"
            params={{ orgId, programId: enrollment.program.id }}
            fw={600}
            fz="lg"
          >
            {enrollment.program.name}
          </RouterAnchor>
          <EnrollmentStatusBadge status={enrollment.status} />
        </Group>
        <Text size="sm" c="dimmed">
          {enrollment.program.appName}
        </Text>
        <Text size="sm">
          {t(`model.${enrollment.program.payoutModel}`)} · {commission}
        </Text>
        {enrollment.statusReason && (
          <Text size="sm" c="dimmed">
            {t('mine.reason', { reason: enrollment.statusReason })}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
