import { Alert, Box, Button, Grid, Paper, Stack, Title } from '@mantine/core';
import { IconArrowLeft, IconLifebuoy } from '@tabler/icons-react';
import { useNavigate, useParams, useRouteContext } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/ui/empty-state';
import { useInboxSearch } from './inbox-search';
import { PageHeader } from '@/ui/page-header';
import { SupportAccessModal } from './support-access-modal';
import { ThreadList } from './thread-list';
import { ThreadView } from './thread-view';

/**
 * The advertiser's inbox: the thread list beside the open conversation; on a phone one pane at a time (the list,
 * or the conversation with a way back). The open thread is in the URL (?affiliate=…), so it can be linked to.
 */
export function InboxPage() {
  const { t } = useTranslation('campaigns');
  const { orgId } = useParams({ from: '/_app/orgs/$orgId/inbox' });
  const { affiliate, name } = useInboxSearch();
  const { access } = useRouteContext({ from: '/_app/orgs/$orgId' });
  const navigate = useNavigate({ from: '/orgs/$orgId/inbox' });
  const [supportOpen, setSupportOpen] = useState(false);
  const staff = access.role === 'platform_staff' || access.role === 'support';
  const select = (affiliateId?: string, affiliateName?: string) =>
    void navigate({ search: { affiliate: affiliateId, name: affiliateName } as never });
  return (
    <>
      <PageHeader
        title={t('messages.inboxTitle')}
        description={t('messages.inboxDescription')}
        actions={
          !staff && (
            <Button
              variant="default"
              leftSection={<IconLifebuoy size={16} aria-hidden />}
              onClick={() => setSupportOpen(true)}
            >
              {t('messages.supportAccess')}
            </Button>
          )
        }
      />
      {staff && (
        <Alert color="yellow" mb="md">
          {t('messages.staffReading')}
        </Alert>
      )}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 4 }} display={{ base: affiliate ? 'none' : 'block', md: 'block' }}>
          <Paper withBorder p="sm" radius="md">
            <ThreadList orgId={orgId} selected={affiliate} onSelect={select} />
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }} display={{ base: affiliate ? 'block' : 'none', md: 'block' }}>
          <Paper withBorder p="md" radius="md">
            {affiliate ? (
              <Stack gap="sm">
                <Box hiddenFrom="md">
                  <Button
                    variant="subtle"
                    px={0}
                    leftSection={<IconArrowLeft size={16} aria-hidden />}
                    onClick={() => select(undefined)}
                  >
                    {t('messages.back')}
                  </Button>
                </Box>
                {name && (
                  <Title order={2} size="h4">
                    {name}
                  </Title>
                )}
                <ThreadView
                  key={affiliate}
                  threadRef={{ side: 'advertiser', orgId, affiliateId: affiliate }}
                  readOnly={staff}
                />
              </Stack>
            ) : (
              <EmptyState title={t('messages.pickThread')} description={t('messages.pickThreadHint')} />
            )}
          </Paper>
        </Grid.Col>
      </Grid>
      <SupportAccessModal
        orgId={orgId}
        opened={supportOpen}
        onClose={() => setSupportOpen(false)}
        canChange={access.role === 'owner'}
      />
    </>
  );
}
