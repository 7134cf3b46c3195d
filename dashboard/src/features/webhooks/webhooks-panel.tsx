import { Button, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type IssuedWebhookEndpoint, useWebhookEndpoints, type WebhookOwner } from './queries/webhooks';
import { EmptyState } from '@/ui/empty-state';
import { PageHeader } from '@/ui/page-header';
import { QueryState } from '@/ui/query-state';
import { EndpointCard } from './endpoint-card';
import { EndpointFormModal } from './endpoint-form-modal';
import { SecretModal } from './secret-modal';

type WebhooksPanelProps = {
  owner: WebhookOwner;
  /** false for read-only viewers (platform support): the page lists, never offers changes. */
  canManage: boolean;
};

/** The Webhooks page of both the advertiser console and the affiliate portal. */
export function WebhooksPanel({ owner, canManage }: WebhooksPanelProps) {
  const { t } = useTranslation('webhooks');
  const endpoints = useWebhookEndpoints(owner);
  const [creating, create] = useDisclosure(false);
  const [issued, setIssued] = useState<{ secret: string; reason: 'created' | 'rotated' } | null>(null);
  const shown = (reason: 'created' | 'rotated') => (row: IssuedWebhookEndpoint) =>
    setIssued({ secret: row.secret, reason });
  const addButton = canManage && <Button onClick={create.open}>{t('add')}</Button>;
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('orgId' in owner ? 'descriptionOrg' : 'descriptionAffiliate')}
        actions={addButton}
      />
      <QueryState query={endpoints}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={t('emptyTitle')} description={t('emptyBody')} action={addButton} />
          ) : (
            <Stack gap="md">
              {data.items.map((endpoint) => (
                <EndpointCard
                  key={endpoint.id}
                  owner={owner}
                  endpoint={endpoint}
                  canManage={canManage}
                  onRotated={shown('rotated')}
                />
              ))}
            </Stack>
          )
        }
      </QueryState>
      <EndpointFormModal owner={owner} opened={creating} onClose={create.close} onCreated={shown('created')} />
      <SecretModal
        secret={issued?.secret ?? null}
        reason={issued?.reason ?? 'created'}
        onClose={() => setIssued(null)}
      />
    </>
  );
}
