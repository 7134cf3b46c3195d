import { Button, Group } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isProgramDeletable, PROGRAM_TRANSITIONS } from '@domain/program-status';
import { type Program, type ProgramStatus, useDeleteProgram, useUpdateProgram } from '@/queries/org-programs';
import { ConfirmModal } from './confirm-modal';
import { useNotifyDone } from './use-notify-done';

type Pending = { kind: 'status'; to: ProgramStatus } | { kind: 'delete' } | null;

/** The status changes the program's state machine allows from where it is, and deleting a draft. */
export function ProgramStatusActions({ orgId, program }: { orgId: string; program: Program }) {
  const { t } = useTranslation('orgprograms');
  const navigate = useNavigate();
  const notify = useNotifyDone();
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
          notify(t(`actions.done.${to}`, { name: program.name }));
          close();
        },
      },
    );
  // Going live (or back) is the page's one primary action; pausing and archiving stop traffic, so they are
  // secondary and ask first (archiving is final, pausing turns every affiliate's links off until resumed).
  const targets = [...PROGRAM_TRANSITIONS[program.status]].sort(
    (a, b) => Number(b === 'active') - Number(a === 'active'),
  );
  return (
    <Group gap="sm" wrap="wrap">
      {targets.map((to) => (
        <Button
          key={to}
          variant={to === 'active' ? 'filled' : to === 'archived' ? 'outline' : 'default'}
          color={to === 'archived' ? 'red' : undefined}
          loading={update.isPending && pending === null && to === 'active'}
          onClick={() => (to === 'active' ? changeTo(to) : setPending({ kind: 'status', to }))}
        >
          {t(`actions.${verbOf(program.status, to)}`)}
        </Button>
      ))}
      {isProgramDeletable(program.status) && (
        <Button variant="subtle" color="red" onClick={() => setPending({ kind: 'delete' })}>
          {t('actions.delete')}
        </Button>
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
              notify(t('actions.deleted', { name: program.name }));
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
