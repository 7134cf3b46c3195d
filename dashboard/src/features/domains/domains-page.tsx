import { Stack } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useOrgAccess } from '@/lib/access/use-org-access';
import { useOrgDomains } from './queries/org-domains';
import { EmptyState } from '@/ui/empty-state';
import { notifyDone } from '@/lib/notify-done';
import { PageHeader } from '@/ui/page-header';
import { QueryState } from '@/ui/query-state';
import { AddDomainForm } from './add-domain-form';
import { DomainCard } from './domain-card';

/** The advertiser's own hostnames for tracking links and the white-label portal. */
export function DomainsPage() {
  const { t } = useTranslation('domains');
  const { orgId } = useParams({ from: '/_app/orgs/$orgId/domains' });
  const access = useOrgAccess();
  const canManage = access.canManage && !access.readOnly;
  const domains = useOrgDomains(orgId);
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Stack gap="xl">
        {canManage && <AddDomainForm orgId={orgId} onAdded={(hostname) => notifyDone(t('form.added', { hostname }))} />}
        <QueryState query={domains}>
          {(items) =>
            items.length === 0 ? (
              <EmptyState title={t('empty.title')} description={t('empty.description')} />
            ) : (
              <Stack gap="lg">
                {items.map((d) => (
                  <DomainCard key={d.id} orgId={orgId} domain={d} canManage={canManage} onDone={notifyDone} />
                ))}
              </Stack>
            )
          }
        </QueryState>
      </Stack>
    </>
  );
}
