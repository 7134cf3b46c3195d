import { Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Program } from '@/features/programs';
import { type ProgramGroup, useProgramGroups } from './queries/program-groups';
import { EmptyState } from '@/ui/empty-state';
import { QueryState } from '@/ui/query-state';
import { GroupCard } from './group-card';
import { GroupFormModal } from './group-form-modal';
import { MoveMembersModal } from './move-members-modal';

type Dialog = { kind: 'form'; group: ProgramGroup | null } | { kind: 'move'; group: ProgramGroup } | null;

/**
 * The program's partner groups: each with the terms its members earn (a term it leaves unset is the program's).
 * Owners and admins create, edit, fill and delete them; every other member of the organization reads them.
 */
export function GroupsPanel({ orgId, program, canEdit }: { orgId: string; program: Program; canEdit: boolean }) {
  const { t } = useTranslation('groups');
  const groups = useProgramGroups(orgId, program.id);
  const [dialog, setDialog] = useState<Dialog>(null);
  return (
    <Stack maw={960} gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Text size="sm" c="dimmed" maw={640}>
          {t('list.intro')}
        </Text>
        {canEdit && (
          <Button
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setDialog({ kind: 'form', group: null })}
          >
            {t('list.new')}
          </Button>
        )}
      </Group>
      <QueryState query={groups}>
        {(items) =>
          items.length === 0 ? (
            <EmptyState title={t('list.empty')} />
          ) : (
            <Stack gap="sm" data-testid="group-list">
              {items.map((group) => (
                <GroupCard
                  key={group.id}
                  orgId={orgId}
                  program={program}
                  group={group}
                  canEdit={canEdit}
                  onEdit={() => setDialog({ kind: 'form', group })}
                  onMoveHere={() => setDialog({ kind: 'move', group })}
                />
              ))}
            </Stack>
          )
        }
      </QueryState>
      {dialog?.kind === 'form' && (
        <GroupFormModal orgId={orgId} program={program} group={dialog.group} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'move' && (
        <MoveMembersModal orgId={orgId} programId={program.id} group={dialog.group} onClose={() => setDialog(null)} />
      )}
    </Stack>
  );
}
