import { Button } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ProgramWorkflow, useDeleteProgramWorkflow } from '@/queries/program-workflows';
import { ConfirmModal } from '../org-programs/confirm-modal';
import { useNotifyDone } from '../org-programs/use-notify-done';

/** Deletes a workflow after asking; what it already did (moves, bonuses) stays. */
export function DeleteWorkflowButton({
  orgId,
  programId,
  workflow,
}: {
  orgId: string;
  programId: string;
  workflow: ProgramWorkflow;
}) {
  const { t } = useTranslation('workflows');
  const notify = useNotifyDone();
  const remove = useDeleteProgramWorkflow(orgId, programId);
  const [opened, setOpened] = useState(false);
  const close = () => {
    setOpened(false);
    remove.reset();
  };
  return (
    <>
      <Button
        variant="outline"
        color="red"
        size="compact-sm"
        leftSection={<IconTrash size={14} aria-hidden />}
        onClick={() => setOpened(true)}
        aria-label={t('delete.of', { name: workflow.name })}
      >
        {t('delete.button')}
      </Button>
      <ConfirmModal
        opened={opened}
        title={t('delete.title', { name: workflow.name })}
        message={t('delete.message')}
        confirmLabel={t('delete.confirm')}
        danger
        pending={remove.isPending}
        error={remove.error}
        onConfirm={() =>
          remove.mutate(workflow.id, {
            onSuccess: () => {
              close();
              notify(t('delete.done', { name: workflow.name }));
            },
          })
        }
        onClose={close}
      />
    </>
  );
}
