import { useTranslation } from 'react-i18next';
import { type Program, useUpdateProgram } from './queries/org-programs';
import { ProgramForm } from './program-form';
import { formToUpdateBody, programToForm } from './program-form-values';
import { notifyDone } from '@/lib/notify-done';

/** The program's settings: editable for managers, shown read-only to everyone else and once archived. */
export function ProgramSettingsPanel({
  orgId,
  program,
  canEdit,
}: {
  orgId: string;
  program: Program;
  canEdit: boolean;
}) {
  const { t } = useTranslation('orgprograms');
  const update = useUpdateProgram(orgId, program.id);
  return (
    <ProgramForm
      // A saved or refetched program starts the form again from what the server holds.
      key={program.updatedAt}
      initialValues={programToForm(program)}
      apps={null}
      readOnly={!canEdit}
      stickySave
      actions={[{ id: 'save', label: t('detail.save') }]}
      submitting={update.isPending ? 'save' : null}
      error={update.error}
      onSubmit={(values) =>
        update.mutate(formToUpdateBody(values), { onSuccess: (p) => notifyDone(t('detail.saved', { name: p.name })) })
      }
    />
  );
}
