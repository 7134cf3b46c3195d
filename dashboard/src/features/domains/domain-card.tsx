import { Alert, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';
import { type CustomDomain, useDeleteDomain, useReverifyDomain } from './queries/org-domains';
import { ConfirmModal } from '@/ui/confirm-modal';
import { DnsRecords } from './dns-records';
import { DomainError } from './domain-error';
import { SectionCard } from '@/ui/section-card';

const STATUS_COLOR = { pending: 'yellow', active: 'teal', failed: 'red' } as const;

/** One domain: its status, why it failed, the DNS records to add, and re-verify and delete. */
export function DomainCard({
  orgId,
  domain,
  canManage,
  onDone,
}: {
  orgId: string;
  domain: CustomDomain;
  canManage: boolean;
  onDone: (message: string) => void;
}) {
  const { t, i18n } = useTranslation('domains');
  const [confirming, { open, close }] = useDisclosure(false);
  const reverify = useReverifyDomain(orgId);
  const remove = useDeleteDomain(orgId);
  const titleId = `domain-${domain.id}`;
  return (
    <SectionCard
      as="article"
      title={domain.hostname}
      id={titleId}
      description={
        <Group gap="xs">
          <Badge variant="light" color={STATUS_COLOR[domain.status]} data-testid="domain-status">
            {t(`status.${domain.status}`)}
          </Badge>
          <Badge variant="outline" color="gray.8">
            {t(`purpose.${domain.purpose}`)}
          </Badge>
        </Group>
      }
      actions={
        canManage && (
          <Group gap="xs">
            {domain.status !== 'active' && (
              <Button
                variant="default"
                size="xs"
                loading={reverify.isPending}
                onClick={() =>
                  reverify.mutate(domain.id, {
                    onSuccess: () => onDone(t('reverify.done', { hostname: domain.hostname })),
                  })
                }
              >
                {t('reverify.button')}
              </Button>
            )}
            <Button variant="subtle" color="red" size="xs" onClick={open}>
              {t('delete.button')}
            </Button>
          </Group>
        )
      }
      data-testid="domain-card"
    >
      <Stack gap="md">
        {reverify.isError && <DomainError error={reverify.error} />}
        {domain.status === 'failed' && (
          <Alert color="red" variant="light" title={t('failed.title')}>
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {domain.failureReason ?? t('failed.noReason')}
            </Text>
          </Alert>
        )}
        <Text size="sm">
          {domain.status === 'active'
            ? t('active.since', { date: formatDate(domain.activatedAt ?? domain.createdAt, i18n.language) })
            : t('pending.help')}
        </Text>
        <Stack gap="xs">
          <Title order={3} fz="h5">
            {t('records.title')}
          </Title>
          <DnsRecords records={domain.records} />
        </Stack>
        {domain.checkedAt && (
          <Text size="xs" c="dimmed">
            {t('checkedAt', { date: formatDate(domain.checkedAt, i18n.language) })}
          </Text>
        )}
      </Stack>
      <ConfirmModal
        danger
        opened={confirming}
        title={t('delete.title')}
        message={t('delete.body', { hostname: domain.hostname })}
        confirmLabel={t('delete.confirm')}
        pending={remove.isPending}
        error={remove.error}
        onClose={close}
        onConfirm={() =>
          remove.mutate(domain.id, {
            onSuccess: () => {
              close();
              onDone(t('delete.done', { hostname: domain.hostname }));
            },
          })
        }
      />
    </SectionCard>
  );
}
