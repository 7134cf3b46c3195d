import { Tabs } from '@mantine/core';
import { createFileRoute, useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { BountiesPanel } from '@/components/bounties/bounties-panel';
import { SubmissionsQueue } from '@/components/bounties/submissions-queue';
import { PageHeader } from '@/components/page-header';
import { useOrgAccess } from '@/lib/access/use-org-access';

const TABS = ['bounties', 'queue'] as const;

/** The advertiser's bounties and the review queue of their submissions, a tab each (the tab lives in the URL). */
export const Route = createFileRoute('/_app/orgs/$orgId/bounties')({
  validateSearch: z.object({ tab: z.catch(z.optional(z.enum(TABS)), undefined) }),
  component: BountiesPage,
});

function BountiesPage() {
  const { t } = useTranslation('bounties');
  const { orgId } = useParams({ from: '/_app/orgs/$orgId/bounties' });
  const { tab = 'bounties' } = useSearch({ from: '/_app/orgs/$orgId/bounties' });
  const navigate = useNavigate({ from: '/orgs/$orgId/bounties' });
  const access = useOrgAccess();
  const canEdit = access.canManage && !access.readOnly;
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Tabs
        value={tab}
        onChange={(next) => void navigate({ search: { tab: next === 'queue' ? 'queue' : undefined } })}
        keepMounted={false}
      >
        <Tabs.List mb="lg">
          {TABS.map((value) => (
            <Tabs.Tab key={value} value={value}>
              {t(`tabs.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="bounties">
          <BountiesPanel orgId={orgId} canEdit={canEdit} />
        </Tabs.Panel>
        <Tabs.Panel value="queue">
          <SubmissionsQueue orgId={orgId} canReview={canEdit} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
