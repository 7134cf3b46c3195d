import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MyEnrollment } from './queries/my-programs';
import { GroupBadge } from './group-badge';

/** The affiliate's partner group in a program, as the advertiser describes it; the terms below are the group's. */
export function MyGroup({ group }: { group: MyEnrollment['group'] }) {
  const { t } = useTranslation('groups');
  return (
    <Stack gap={4} data-testid="my-group">
      <Group gap="xs" wrap="wrap">
        <Text size="sm" c="dimmed">
          {t('mine.label')}
        </Text>
        <GroupBadge group={group} />
      </Group>
      {group.description && (
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {group.description}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {t('mine.termsHint')}
      </Text>
    </Stack>
  );
}
