import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ProgramWorkflow } from './queries/program-workflows';
import { DeleteWorkflowButton } from './delete-workflow-button';

type Props = {
  orgId: string;
  programId: string;
  workflow: ProgramWorkflow;
  sentence: string;
  /** Edit and delete (owners and admins); other roles read the same card without them. */
  canEdit: boolean;
  onEdit: () => void;
};

/** One workflow: its name, whether it is on, and what it does in a sentence. */
export function WorkflowCard({ orgId, programId, workflow, sentence, canEdit, onEdit }: Props) {
  const { t, i18n } = useTranslation('workflows');
  const message = workflow.actions.message;
  // The text the reader's language gets (Russian falls back to the English one, as affiliates' does).
  const shown = message ? ((i18n.language === 'ru' ? message.ru : null) ?? message.en) : null;
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-label={workflow.name} data-testid="workflow-card">
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap">
          <Text fw={600}>{workflow.name}</Text>
          <Badge variant="light" color={workflow.enabled ? 'green' : 'gray'} tt="none">
            {workflow.enabled ? t('list.enabled') : t('list.disabled')}
          </Badge>
        </Group>
        <Text size="sm" data-testid="workflow-sentence">
          {sentence}
        </Text>
        {shown && (
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-line' }} lineClamp={3}>
            {t('list.quote', { text: shown })}
          </Text>
        )}
        {canEdit && (
          <Group gap="xs" wrap="wrap" mt={4}>
            <Button
              variant="default"
              size="compact-sm"
              leftSection={<IconPencil size={14} aria-hidden />}
              onClick={onEdit}
              aria-label={t('list.editOf', { name: workflow.name })}
            >
              {t('list.edit')}
            </Button>
            <DeleteWorkflowButton orgId={orgId} programId={programId} workflow={workflow} />
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
