import { Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Program } from '@/features/programs';
import { useProgramGroups } from '@/features/enrollments';
import { type ProgramWorkflow, useProgramWorkflows } from './queries/program-workflows';
import { EmptyState } from '@/ui/empty-state';
import { QueryState } from '@/ui/query-state';
import { useWorkflowSentence } from './use-workflow-sentence';
import { WorkflowCard } from './workflow-card';
import { WorkflowFormModal } from './workflow-form-modal';

/** The API's limit per program, so the button is off before the server would refuse. */
const MAX_WORKFLOWS = 20;

/**
 * The program's workflows, in the order they are evaluated, each as a sentence. Owners and admins create,
 * edit and delete them; every other member reads them.
 */
export function WorkflowsPanel({ orgId, program, canEdit }: { orgId: string; program: Program; canEdit: boolean }) {
  const { t } = useTranslation('workflows');
  const workflows = useProgramWorkflows(orgId, program.id);
  const groups = useProgramGroups(orgId, program.id);
  const names = new Map((groups.data ?? []).map((g) => [g.id, g.name]));
  const sentence = useWorkflowSentence(names, program.currency);
  const [editing, setEditing] = useState<{ workflow: ProgramWorkflow | null } | null>(null);
  const count = workflows.data?.length ?? 0;
  return (
    <Stack maw={960} gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Text size="sm" c="dimmed" maw={640}>
          {t('list.intro')}
        </Text>
        {canEdit && (
          <Button
            leftSection={<IconPlus size={16} aria-hidden />}
            disabled={!groups.data || count >= MAX_WORKFLOWS}
            title={count >= MAX_WORKFLOWS ? t('list.limit', { count, max: MAX_WORKFLOWS }) : undefined}
            onClick={() => setEditing({ workflow: null })}
          >
            {t('list.new')}
          </Button>
        )}
      </Group>
      <QueryState query={workflows}>
        {(items) =>
          items.length === 0 ? (
            <EmptyState title={t('list.empty')} description={t('list.emptyHint')} />
          ) : (
            <Stack gap="sm" data-testid="workflow-list">
              {items.map((workflow) => (
                <WorkflowCard
                  key={workflow.id}
                  orgId={orgId}
                  programId={program.id}
                  workflow={workflow}
                  sentence={sentence(workflow)}
                  canEdit={canEdit}
                  onEdit={() => setEditing({ workflow })}
                />
              ))}
            </Stack>
          )
        }
      </QueryState>
      {editing && groups.data && (
        <WorkflowFormModal
          orgId={orgId}
          program={program}
          groups={groups.data}
          workflow={editing.workflow}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
