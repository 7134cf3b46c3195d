import { Alert, Button } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ProgramGroup, useDeleteProgramGroup } from './queries/program-groups';
import { ErrorMessage } from '@/ui/error-message';
import { ConfirmModal } from '@/ui/confirm-modal';
import { notifyDone } from '@/lib/notify-done';

/**
 * Deletes an empty group after asking. The default group is never deleted (new affiliates join it), so its
 * button is disabled with the reason beside it; a group with members is refused with the server's sentence.
 */
export function DeleteGroupButton({
  orgId,
  programId,
  group,
}: {
  orgId: string;
  programId: string;
  group: ProgramGroup;
}) {
  const { t } = useTranslation('groups');
  const remove = useDeleteProgramGroup(orgId, programId);
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
        disabled={group.isDefault}
        title={group.isDefault ? t('delete.defaultReason') : undefined}
        onClick={() => setOpened(true)}
        aria-label={t('delete.of', { name: group.name })}
      >
        {t('delete.button')}
      </Button>
      <ConfirmModal
        opened={opened}
        title={t('delete.title', { name: group.name })}
        message={group.memberCount > 0 ? t('delete.withMembers', { count: group.memberCount }) : t('delete.message')}
        confirmLabel={t('delete.confirm')}
        danger
        pending={remove.isPending}
        // The refusal's own sentence (group_has_members) under a title that says what did not happen.
        error={null}
        onConfirm={() =>
          remove.mutate(group.id, {
            onSuccess: () => {
              close();
              notifyDone(t('delete.done', { name: group.name }));
            },
          })
        }
        onClose={close}
      >
        {remove.isError && (
          <Alert color="red" variant="light" role="alert" title={t('delete.refused')}>
            <ErrorMessage error={remove.error} />
          </Alert>
        )}
      </ConfirmModal>
    </>
  );
}
