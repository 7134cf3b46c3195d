import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconPencil, IconUsersPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/format';
import type { Program } from '@/features/programs';
import type { ProgramGroup } from './queries/program-groups';
import { DeleteGroupButton } from './delete-group-button';
import { GroupBadge } from './group-badge';
import { GroupRuleSentences } from './rule-editor/group-rule-sentences';
import { useGroupTermsSentence } from './use-group-terms-sentence';

type GroupCardProps = {
  orgId: string;
  program: Program;
  group: ProgramGroup;
  /** Edit, fill and delete (owners and admins); other roles read the same card without them. */
  canEdit: boolean;
  onEdit: () => void;
  onMoveHere: () => void;
};

/** One group: its badge, what it is for, how many members it has and the terms they earn, in a sentence. */
export function GroupCard({ orgId, program, group, canEdit, onEdit, onMoveHere }: GroupCardProps) {
  const { t, i18n } = useTranslation('groups');
  const sentence = useGroupTermsSentence();
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-label={group.name} data-testid="group-card">
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap">
          <GroupBadge group={group} />
          {group.isDefault && (
            <Badge variant="outline" color="gray" tt="none">
              {t('list.default')}
            </Badge>
          )}
          <Text size="sm" c="dimmed">
            {t('list.members', { count: group.memberCount, formatted: formatNumber(group.memberCount, i18n.language) })}
          </Text>
        </Group>
        {group.description && (
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {group.description}
          </Text>
        )}
        <Text size="sm" fw={500} data-testid="group-terms">
          {sentence(group, program)}
        </Text>
        <GroupRuleSentences orgId={orgId} program={program} rules={group.rewardRules} />
        {canEdit && (
          // Below what it acts on, so a phone shows the group before its buttons.
          <Group gap="xs" wrap="wrap" mt={4}>
            <Button
              variant="default"
              size="compact-sm"
              leftSection={<IconPencil size={14} aria-hidden />}
              onClick={onEdit}
              aria-label={t('list.editOf', { name: group.name })}
            >
              {t('list.edit')}
            </Button>
            <Button
              variant="default"
              size="compact-sm"
              leftSection={<IconUsersPlus size={14} aria-hidden />}
              onClick={onMoveHere}
              aria-label={t('list.moveHereOf', { name: group.name })}
            >
              {t('list.moveHere')}
            </Button>
            <DeleteGroupButton orgId={orgId} programId={program.id} group={group} />
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
