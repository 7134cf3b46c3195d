import { createFileRoute, useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { LandingEditor } from '@/features/landing-pages';
import { PageHeader } from '@/ui/page-header';
import { QueryState } from '@/ui/query-state';
import { RouterAnchor } from '@/ui/router-anchor';
import { useOrgAccess } from '@/lib/access/use-org-access';
import { useLandingPage } from '@/features/landing-pages';
import { useOrgProgram } from '@/features/programs';
import { useProgramGroups } from '@/features/enrollments';

export const Route = createFileRoute('/_app/orgs/$orgId/landing-pages/$programId')({
  validateSearch: z.object({ group: z.catch(z.optional(z.string()), undefined) }),
  component: LandingPageEditorPage,
});

function LandingPageEditorPage() {
  const { t } = useTranslation('landing');
  const { orgId, programId } = useParams({ from: '/_app/orgs/$orgId/landing-pages/$programId' });
  const { group } = useSearch({ from: '/_app/orgs/$orgId/landing-pages/$programId' });
  const navigate = useNavigate({ from: '/orgs/$orgId/landing-pages/$programId' });
  const access = useOrgAccess();
  const program = useOrgProgram(orgId, programId);
  const groups = useProgramGroups(orgId, programId);
  const groupId = group ?? null;
  const page = useLandingPage(orgId, programId, groupId);
  const options = (groups.data ?? []).map((g) =>
    g.isDefault ? { value: '', label: t('programPage') } : { value: g.id, label: t('groupPage', { name: g.name }) },
  );
  return (
    <QueryState query={program} skeleton="detail">
      {(p) => (
        <>
          <PageHeader
            tabTitle={`${t('title')} · ${p.name}`}
            title={t('title')}
            description={t('description', { program: p.name })}
            actions={
              <RouterAnchor to="/orgs/$orgId/programs/$programId" params={{ orgId, programId }}>
                {t('back')}
              </RouterAnchor>
            }
          />
          <QueryState query={page} skeleton="detail">
            {(state) => (
              <LandingEditor
                orgId={orgId}
                programId={programId}
                groupId={groupId}
                groups={options}
                onGroupChange={(id) => void navigate({ search: { group: id ?? undefined } })}
                currency={p.currency}
                publicUrl={
                  p.status === 'active' && p.visibility !== 'invite_only'
                    ? `/programs/${programId}${groupId ? `/groups/${groupId}` : ''}`
                    : null
                }
                page={state}
                canEdit={access.canManage && !access.readOnly && p.status !== 'archived'}
              />
            )}
          </QueryState>
        </>
      )}
    </QueryState>
  );
}
