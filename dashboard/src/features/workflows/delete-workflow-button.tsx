import { useTranslation } from 'react-i18next';
import { type ProgramWorkflow, useDeleteProgramWorkflow } from './queries/program-workflows';
import { DeleteConfirmButton } from '@/ui/delete-confirm-button';

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
  const { name } = workflow;
  return (
    <DeleteConfirmButton
      id={workflow.id}
      remove={useDeleteProgramWorkflow(orgId, programId)}
      words={{
        button: t('delete.button'),
        of: t('delete.of', { name }),
        title: t('delete.title', { name }),
        message: t('delete.message'),
        confirm: t('delete.confirm'),
        done: t('delete.done', { name }),
      }}
    />
  );
}
