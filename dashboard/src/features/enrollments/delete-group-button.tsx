import { useTranslation } from 'react-i18next';
import { DeleteConfirmButton } from '@/ui/delete-confirm-button';
import { type ProgramGroup, useDeleteProgramGroup } from './queries/program-groups';

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
  const { name } = group;
  return (
    <DeleteConfirmButton
      id={group.id}
      remove={useDeleteProgramGroup(orgId, programId)}
      disabledReason={group.isDefault ? t('delete.defaultReason') : undefined}
      words={{
        button: t('delete.button'),
        of: t('delete.of', { name }),
        title: t('delete.title', { name }),
        message: group.memberCount > 0 ? t('delete.withMembers', { count: group.memberCount }) : t('delete.message'),
        confirm: t('delete.confirm'),
        done: t('delete.done', { name }),
        // The refusal's own sentence (group_has_members) under a title that says what did not happen.
        refused: t('delete.refused'),
      }}
    />
  );
}
