import { Stack } from '@mantine/core';
import { useApplicationSettings } from './queries/applications';
import { QueryState } from '@/ui/query-state';
import { AutoApprovalEditor } from './auto-approval-editor';
import { FormEditor } from './form-editor';
import { TermsEditor } from './terms-editor';

/** The program's "Application" tab: the form applicants answer, the terms they accept, and auto-approval. */
export function ApplicationPanel({
  orgId,
  programId,
  canEdit,
}: {
  orgId: string;
  programId: string;
  canEdit: boolean;
}) {
  const settings = useApplicationSettings(orgId, programId);
  return (
    <QueryState query={settings} skeleton="detail">
      {(s) => (
        <Stack gap="lg" maw={960}>
          <FormEditor orgId={orgId} settings={s} canEdit={canEdit} />
          <TermsEditor key={s.terms?.version ?? 0} orgId={orgId} settings={s} canEdit={canEdit} />
          <AutoApprovalEditor key={JSON.stringify(s.autoApproval)} orgId={orgId} settings={s} canEdit={canEdit} />
        </Stack>
      )}
    </QueryState>
  );
}
