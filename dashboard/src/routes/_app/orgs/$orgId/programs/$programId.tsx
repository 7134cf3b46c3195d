import { Group, Stack, Tabs } from '@mantine/core';
import { createFileRoute, useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { ProgramBountiesPanel } from '@/features/bounties';
import { ApplicationPanel } from '@/features/enrollments';
import { AnnouncementsPanel } from '@/features/announcements';
import { CreativesPanel } from '@/features/creatives';
import { PostbackSecretPanel } from '@/features/programs';
import { ProgramSettingsPanel } from '@/features/programs';
import { ProgramStatusActions } from '@/features/programs';
import { ProgramStatusBadge } from '@/features/programs';
import { OnboardingPanel } from '@/features/onboarding';
import { PayoutScheduleSection } from '@/features/payouts';
import { PageHeader } from '@/ui/page-header';
import { GroupsPanel } from '@/features/enrollments';
import { WorkflowsPanel } from '@/features/workflows';
import { QueryState } from '@/ui/query-state';
import { RouterButton } from '@/ui/router-button';
import { useOrgAccess } from '@/lib/access/use-org-access';
import { useOrgProgram } from '@/features/programs';

const TABS = [
  'settings',
  'application',
  'groups',
  'workflows',
  'bounties',
  'postback',
  'creatives',
  'announcements',
  'onboarding',
] as const;

export const Route = createFileRoute('/_app/orgs/$orgId/programs/$programId')({
  validateSearch: z.object({ tab: z.catch(z.optional(z.enum(TABS)), undefined) }),
  component: ProgramPage,
});

function ProgramPage() {
  const { t } = useTranslation('orgprograms');
  const { orgId, programId } = useParams({ from: '/_app/orgs/$orgId/programs/$programId' });
  const { tab = 'settings' } = useSearch({ from: '/_app/orgs/$orgId/programs/$programId' });
  const navigate = useNavigate({ from: '/orgs/$orgId/programs/$programId' });
  const access = useOrgAccess();
  const program = useOrgProgram(orgId, programId);
  const canEdit = access.canManage && !access.readOnly;

  return (
    <QueryState query={program} skeleton="detail">
      {(p) => (
        <>
          <PageHeader
            tabTitle={p.name}
            title={
              <Group gap="sm" component="span" wrap="wrap">
                <span>{p.name}</span>
                <ProgramStatusBadge status={p.status} />
              </Group>
            }
            description={t('detail.description', { slug: p.slug })}
            actions={
              canEdit && (
                <Group gap="xs" wrap="wrap">
                  <RouterButton
                    to="/orgs/$orgId/landing-pages/$programId"
                    params={{ orgId, programId }}
                    variant="default"
                    data-testid="edit-landing-page"
                  >
                    {t('detail.landingPage')}
                  </RouterButton>
                  <ProgramStatusActions orgId={orgId} program={p} />
                </Group>
              )
            }
          />
          <Tabs
            value={tab}
            onChange={(next) =>
              void navigate({ search: { tab: next === 'settings' ? undefined : (next as (typeof TABS)[number]) } })
            }
            keepMounted={false}
          >
            <Tabs.List mb="lg">
              {TABS.map((value) => (
                <Tabs.Tab key={value} value={value}>
                  {t(`detail.tabs.${value}`)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            <Tabs.Panel value="settings">
              <ProgramSettingsPanel orgId={orgId} program={p} canEdit={canEdit && p.status !== 'archived'} />
              <PayoutScheduleSection orgId={orgId} programId={p.id} canEdit={canEdit && p.status !== 'archived'} />
            </Tabs.Panel>
            <Tabs.Panel value="application">
              <ApplicationPanel orgId={orgId} programId={p.id} canEdit={canEdit && p.status !== 'archived'} />
            </Tabs.Panel>
            <Tabs.Panel value="groups">
              <GroupsPanel orgId={orgId} program={p} canEdit={canEdit && p.status !== 'archived'} />
            </Tabs.Panel>
            <Tabs.Panel value="workflows">
              <WorkflowsPanel orgId={orgId} program={p} canEdit={canEdit && p.status !== 'archived'} />
            </Tabs.Panel>
            <Tabs.Panel value="bounties">
              <ProgramBountiesPanel orgId={orgId} program={p} canEdit={canEdit} />
            </Tabs.Panel>
            <Tabs.Panel value="postback">
              <Stack maw={760}>
                <PostbackSecretPanel orgId={orgId} program={p} canEdit={canEdit} />
              </Stack>
            </Tabs.Panel>
            <Tabs.Panel value="creatives">
              <CreativesPanel orgId={orgId} program={p} canEdit={canEdit && p.status !== 'archived'} />
            </Tabs.Panel>
            <Tabs.Panel value="onboarding">
              <OnboardingPanel orgId={orgId} programId={p.id} canEdit={canEdit && p.status !== 'archived'} />
            </Tabs.Panel>
            <Tabs.Panel value="announcements">
              <AnnouncementsPanel orgId={orgId} programId={programId} canEdit={canEdit} />
            </Tabs.Panel>
          </Tabs>
        </>
      )}
    </QueryState>
  );
}
