import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { ExactNumberInput } from '@/ui/exact-number-input';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';
import { supportAccessQueryOptions, useGrantSupportAccess, useRevokeSupportAccess } from './queries/messages';
import { ErrorState } from '@/ui/error-state';
import { QueryState } from '@/ui/query-state';

/** Support access to the advertiser's messages: its grants, and (for owners) granting and revoking one. */
export function SupportAccessModal({
  orgId,
  opened,
  onClose,
  canChange,
}: {
  orgId: string;
  opened: boolean;
  onClose: () => void;
  canChange: boolean;
}) {
  const { t, i18n } = useTranslation('campaigns');
  const query = useQuery({ ...supportAccessQueryOptions(orgId), enabled: opened });
  const grant = useGrantSupportAccess(orgId);
  const revoke = useRevokeSupportAccess(orgId);
  const [days, setDays] = useState<number | string>(3);
  const [reason, setReason] = useState('');
  const when = (iso: string) => formatDateTime(iso, i18n.language);
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('messages.supportTitle')}
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': t('messages.supportClose') }}
    >
      <Stack gap="md">
        <Text size="sm">{t('messages.supportIntro')}</Text>
        <QueryState query={query} skeleton="line">
          {(grants) =>
            grants.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('messages.supportNone')}
              </Text>
            ) : (
              <Stack gap="xs" component="ul" p={0} m={0}>
                {grants.map((g) => (
                  <Group key={g.id} component="li" justify="space-between" wrap="nowrap" style={{ listStyle: 'none' }}>
                    <Stack gap={0} miw={0}>
                      <Text size="sm" fw={600}>
                        {g.active
                          ? t('messages.supportActive', { date: when(g.expiresAt) })
                          : g.revokedAt
                            ? t('messages.supportRevoked', { date: when(g.revokedAt) })
                            : t('messages.supportEnded', { date: when(g.expiresAt) })}
                      </Text>
                      <Text size="xs" c="dimmed" truncate>
                        {t('messages.supportBy', { name: g.grantedBy ?? '—', reason: g.reason })}
                      </Text>
                    </Stack>
                    {g.active && canChange && (
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => revoke.mutate(g.id)}
                        loading={revoke.isPending}
                      >
                        {t('messages.supportRevoke')}
                      </Button>
                    )}
                  </Group>
                ))}
              </Stack>
            )
          }
        </QueryState>
        {canChange ? (
          <Stack
            gap="sm"
            component="form"
            onSubmit={(e) => {
              e.preventDefault();
              const n = Number(days);
              if (reason.trim() && n >= 1 && n <= 30)
                grant.mutate({ days: n, reason: reason.trim() }, { onSuccess: () => setReason('') });
            }}
          >
            <Group grow align="flex-start" wrap="wrap">
              <ExactNumberInput label={t('messages.supportDays')} min={1} max={30} value={days} onChange={setDays} />
              <TextInput
                label={t('messages.supportReason')}
                placeholder={t('messages.supportReasonPlaceholder')}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                maxLength={500}
                required
              />
            </Group>
            {(grant.error || revoke.error) && <ErrorState error={(grant.error ?? revoke.error)!} />}
            <Group justify="flex-end">
              <Button type="submit" loading={grant.isPending} disabled={!reason.trim()}>
                {t('messages.supportGrant')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            {t('messages.supportOwnersOnly')}
          </Text>
        )}
      </Stack>
    </Modal>
  );
}
