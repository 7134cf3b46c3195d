import { Button, Group, Menu } from '@mantine/core';
import { IconArchive, IconPlayerPause, IconTrash } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isProgramDeletable, PROGRAM_TRANSITIONS } from '@domain/program-status';
import { type Program, type ProgramStatus, useDeleteProgram, useUpdateProgram } from './queries/org-programs';
import { MoreActionsMenu } from '@/ui/more-actions-menu';
import { ConfirmModal } from '@/ui/confirm-modal';
import { notifyDone } from '@/lib/notify-done';

type Pending = { kind: 'status'; to: ProgramStatus } | { kind: 'delete' } | null;

/** The status changes the program's state machine allows from where it is, and deleting a draft. */
export function ProgramStatusActions({ orgId, program }: { orgId: string; program: Program }) {
  const { t } = useTranslation('orgprograms');
  const navigate = useNavigate();
  const update = useUpdateProgram(orgId, program.id);
  const remove = useDeleteProgram(orgId, program.id);
  const [pending, setPending] = useState<Pending>(null);
  const close = () => {
    setPending(null);
    update.reset();
    remove.reset();
  };
  const changeTo = (to: ProgramStatus) =>
    update.mutate(
      { status: to },
      {
        onSuccess: () => {
          notifyDone(t(`actions.done.${to}`, { name: program.name }));
          close();
        },
      },
    );
  // Going live (or back) is the page's one primary action; pausing and archiving stop traffic, so they sit in the
  // More menu and ask first (archiving is final, pausing turns every affiliate's links off until resumed).
  const targets = PROGRAM_TRANSITIONS[program.status];
  const stops = targets.filter((to) => to !== 'active');
  const deletable = isProgramDeletable(program.status);
  return (
    <Group gap="sm" wrap="wrap">
      {targets.includes('active') && (
        <Button variant="filled" loading={update.isPending && pending === null} onClick={() => changeTo('active')}>
          {t(`actions.${verbOf(program.status, 'active')}`)}
        </Button>
      )}
      {(stops.length > 0 || deletable) && (
        <MoreActionsMenu>
          {stops.map((to) => (
            <Menu.Item
              key={to}
              color={to === 'archived' ? 'red' : undefined}
              leftSection={
                to === 'archived' ? <IconArchive size={16} aria-hidden /> : <IconPlayerPause size={16} aria-hidden />
              }
              onClick={() => setPending({ kind: 'status', to })}
            >
              {t(`actions.${verbOf(program.status, to)}`)}
            </Menu.Item>
          ))}
          {deletable && (
            <Menu.Item
              color="red"
              leftSection={<IconTrash size={16} aria-hidden />}
              onClick={() => setPending({ kind: 'delete' })}
            >
              {t('actions.delete')}
            </Menu.Item>
          )}
        </MoreActionsMenu>
      )}
      <ConfirmModal
        opened={pending?.kind === 'status' && pending.to === 'paused'}
        title={t('actions.pauseTitle', { name: program.name })}
        message={t('actions.pauseMessage')}
        confirmLabel={t('actions.pauseConfirm')}
        pending={update.isPending}
        error={update.error}
        onConfirm={() => changeTo('paused')}
        onClose={close}
      />
      <ConfirmModal
        opened={pending?.kind === 'status' && pending.to === 'archived'}
        title={t('actions.archiveTitle', { name: program.name })}
        message={t('actions.archiveMessage')}
        confirmLabel={t('actions.archiveConfirm')}
        danger
        pending={update.isPending}
        error={update.error}
        onConfirm={() => changeTo('archived')}
        onClose={close}
      />
      <ConfirmModal
        opened={pending?.kind === 'delete'}
        title={t('actions.deleteTitle', { name: program.name })}
        message={t('actions.deleteMessage')}
        confirmLabel={t('actions.deleteConfirm')}
        danger
        pending={remove.isPending}
        error={remove.error}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => {
              notifyDone(t('actions.deleted', { name: program.name }));
              void navigate({ to: '/orgs/$orgId/programs', params: { orgId } });
            },
          })
        }
        onClose={close}
      />
    </Group>
  );
}

/** The button's verb: going live the first time and resuming after a pause read differently. */
function verbOf(from: ProgramStatus, to: ProgramStatus): 'activate' | 'resume' | 'pause' | 'archive' {
  if (to === 'active') return from === 'paused' ? 'resume' : 'activate';
  return to === 'paused' ? 'pause' : 'archive';
}
