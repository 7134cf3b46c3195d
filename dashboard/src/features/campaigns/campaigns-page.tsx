import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useParams } from '@tanstack/react-router';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Campaign, useCampaigns, useCancelCampaign, useDeleteCampaign } from './queries/campaigns';
import { EmptyState } from '@/ui/empty-state';
import { ErrorState } from '@/ui/error-state';
import { PageHeader } from '@/ui/page-header';
import { QueryState } from '@/ui/query-state';
import { CampaignEditor } from './campaign-editor';
import { type CampaignAction, CampaignsTable } from './campaigns-table';
import { RecipientsReport } from './recipients-report';

/** The advertiser's campaigns: the list with delivery counts, the editor, the recipients report. */
export function CampaignsPage() {
  const { t } = useTranslation('campaigns');
  const { orgId } = useParams({ from: '/_app/orgs/$orgId/campaigns' });
  const query = useCampaigns(orgId);
  // The editor is keyed by what it edits, so opening another campaign starts from that campaign's fields.
  const [editing, setEditing] = useState<{ key: string; campaign: Campaign | null } | null>(null);
  const [reporting, setReporting] = useState<Campaign | null>(null);
  const [confirming, setConfirming] = useState<{ action: 'cancel' | 'delete'; campaign: Campaign } | null>(null);
  const cancel = useCancelCampaign(orgId);
  const remove = useDeleteCampaign(orgId);
  const write = () => setEditing({ key: `new-${Date.now()}`, campaign: null });
  const onAction = useCallback((action: CampaignAction, campaign: Campaign) => {
    if (action === 'edit') setEditing({ key: campaign.id, campaign });
    else if (action === 'report') setReporting(campaign);
    else setConfirming({ action, campaign });
  }, []);
  const closeConfirm = () => {
    setConfirming(null);
    cancel.reset();
    remove.reset();
  };
  const confirmed = () => {
    if (!confirming) return;
    const mutation = confirming.action === 'cancel' ? cancel : remove;
    mutation.mutate(confirming.campaign.id, { onSuccess: closeConfirm });
  };
  const newButton = (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={write}>
      {t('page.new')}
    </Button>
  );
  return (
    <>
      <PageHeader title={t('page.title')} description={t('page.description')} actions={newButton} />
      <QueryState query={query}>
        {(page) => (
          <CampaignsTable
            campaigns={page.items}
            onAction={onAction}
            empty={<EmptyState title={t('page.empty')} description={t('page.emptyHint')} action={newButton} />}
          />
        )}
      </QueryState>
      {editing && (
        <CampaignEditor
          key={editing.key}
          orgId={orgId}
          campaign={editing.campaign}
          opened
          onClose={() => setEditing(null)}
        />
      )}
      <RecipientsReport orgId={orgId} campaign={reporting} onClose={() => setReporting(null)} />
      <Modal
        opened={confirming !== null}
        onClose={closeConfirm}
        title={confirming ? t(`confirm.${confirming.action}Title`) : ''}
        centered
        closeButtonProps={{ 'aria-label': t('confirm.keep') }}
      >
        <Stack gap="md">
          <Text size="sm">
            {confirming ? t(`confirm.${confirming.action}Message`, { name: confirming.campaign.name }) : ''}
          </Text>
          {(cancel.error || remove.error) && <ErrorState error={(cancel.error ?? remove.error)!} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={closeConfirm}>
              {t('confirm.keep')}
            </Button>
            <Button color="red" loading={cancel.isPending || remove.isPending} onClick={confirmed}>
              {confirming ? t(`confirm.${confirming.action}`) : ''}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
