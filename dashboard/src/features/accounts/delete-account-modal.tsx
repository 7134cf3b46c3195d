import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  List,
  Modal,
  PasswordInput,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/api-error';
import { formatMoney } from '@/lib/format';
import { session } from '@/lib/session/session';
import { type DeletionBlocker, deletionCheckQueryOptions, useDeleteAccount } from './queries/account-deletion';
import { ErrorState } from '@/ui/error-state';
import { RouterAnchor } from '@/ui/router-anchor';
import { LoadingState } from '@/ui/loading-state';
import { TotpCodeInput } from './totp-code-input';

type Unpaid = Extract<DeletionBlocker, { code: 'unpaid_balance' }>;

/** Confirms the deletion with the password (and a code with 2FA), after showing what stands in the way. */
export function DeleteAccountModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation('account');
  const check = useQuery(deletionCheckQueryOptions);
  const remove = useDeleteAccount();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  // A phone gets the whole screen: the dialog is long, and its buttons must not hide below the fold.
  const phone = useMediaQuery('(max-width: 36em)');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [recoveryCode, setRecoveryCode] = useState('');
  const [useRecovery, setUseRecovery] = useState(false);
  const [forfeit, setForfeit] = useState(false);

  const money = (minor: number, currency: string) => formatMoney(minor, currency, i18n.language);
  const blockers = check.data?.blockers ?? [];
  const unpaid = blockers.filter((b): b is Unpaid => b.code === 'unpaid_balance');
  const hard = blockers.filter((b) => b.code !== 'unpaid_balance');
  const needsCode = check.data?.secondFactorRequired ?? false;
  const codeReady = !needsCode || (useRecovery ? recoveryCode.trim().length >= 10 : /^\d{6}$/.test(code));
  const ready =
    check.isSuccess && hard.length === 0 && (unpaid.length === 0 || forfeit) && password.length > 0 && codeReady;
  const error = remove.error instanceof ApiError ? remove.error : null;
  const wrong = error?.code === 'bad_request';
  const tooMany = error?.status === 429;
  const blocked = error?.status === 409;

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    remove.mutate(
      {
        password,
        ...(needsCode ? (useRecovery ? { recoveryCode: recoveryCode.trim() } : { code }) : {}),
        ...(unpaid.length > 0 ? { forfeit: true } : {}),
      },
      {
        onSuccess: async () => {
          session.signOut();
          queryClient.clear();
          await navigate({ to: '/login', search: { notice: 'account_deleted' }, replace: true });
        },
        // Something changed since the dialog opened (a payout started, an owner left): show it.
        onError: (err) => {
          if (err instanceof ApiError && err.status === 409) void check.refetch();
        },
      },
    );
  };

  const describe = (b: DeletionBlocker) => {
    switch (b.code) {
      case 'platform_staff_account':
        return t('deletion.blocker.platformStaff');
      case 'other_advertisers':
        return t('deletion.blocker.otherAdvertisers');
      case 'last_owner':
        return t('deletion.blocker.lastOwner', { name: b.organizationName });
      case 'payout_in_progress':
        return t('deletion.blocker.payout', { amount: money(b.inPayoutMinor, b.currency), name: b.organizationName });
      default:
        return '';
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('deletion.modalTitle')}
      size="lg"
      fullScreen={phone}
      closeButtonProps={{ 'aria-label': t('deletion.close') }}
    >
      {check.isPending && <LoadingState />}
      {check.isError && <ErrorState error={check.error} onRetry={() => void check.refetch()} />}
      {check.isSuccess && (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Text size="sm">{t('deletion.what')}</Text>
            <List size="sm" spacing={4}>
              <List.Item>{t('deletion.whatSessions')}</List.Item>
              <List.Item>{t('deletion.whatPersonal')}</List.Item>
              <List.Item>{t('deletion.whatFinance')}</List.Item>
              <List.Item>{t('deletion.whatTeams')}</List.Item>
            </List>
            {hard.length > 0 && (
              <Alert color="red" variant="light" title={t('deletion.blockedTitle')} data-testid="deletion-blockers">
                <List size="sm" spacing={4}>
                  {hard.map((b) => (
                    <List.Item
                      key={`${b.code}-${'organizationId' in b ? b.organizationId : ''}-${'currency' in b ? b.currency : ''}`}
                    >
                      {describe(b)}
                      {b.code === 'last_owner' && (
                        <>
                          {' '}
                          <RouterAnchor
                            to="/orgs/$orgId/settings"
                            params={{ orgId: b.organizationId }}
                            size="sm"
                            c="red"
                            fw={600}
                            underline="always"
                          >
                            {t('deletion.blocker.openTeam')}
                          </RouterAnchor>
                        </>
                      )}
                    </List.Item>
                  ))}
                </List>
              </Alert>
            )}
            {unpaid.length > 0 && (
              <Alert color="yellow" variant="light" title={t('deletion.unpaidTitle')} data-testid="deletion-unpaid">
                <Stack gap="sm">
                  <Text size="sm">{t('deletion.unpaidHint')}</Text>
                  <List size="sm" spacing={4}>
                    {unpaid.map((b) => (
                      <List.Item key={`${b.organizationId}-${b.currency}`}>
                        {t('deletion.unpaidLine', {
                          name: b.organizationName,
                          owed: money(b.owedMinor, b.currency),
                          hold: money(b.holdMinor, b.currency),
                          approved: money(b.approvedMinor, b.currency),
                        })}
                      </List.Item>
                    ))}
                  </List>
                  <Checkbox
                    label={t('deletion.forfeit', { count: unpaid.length })}
                    checked={forfeit}
                    onChange={(event) => setForfeit(event.currentTarget.checked)}
                    disabled={hard.length > 0}
                  />
                </Stack>
              </Alert>
            )}
            {wrong && (
              <Text c="red" size="sm" role="alert">
                {t('deletion.wrong')}
              </Text>
            )}
            {tooMany && (
              <Text c="red" size="sm" role="alert">
                {t('security.password.tooMany')}
              </Text>
            )}
            {blocked && (
              <Text c="red" size="sm" role="alert">
                {t('deletion.changed')}
              </Text>
            )}
            {remove.isError && !wrong && !tooMany && !blocked && <ErrorState error={remove.error} />}
            {hard.length === 0 && (
              <>
                <PasswordInput
                  label={t('deletion.password')}
                  autoComplete="current-password"
                  visibilityToggleButtonProps={{ 'aria-label': t('security.password.toggle') }}
                  value={password}
                  onChange={(event) => setPassword(event.currentTarget.value)}
                  required
                  data-autofocus
                />
                {needsCode &&
                  (useRecovery ? (
                    <TextInput
                      label={t('deletion.recoveryCode')}
                      autoComplete="off"
                      value={recoveryCode}
                      onChange={(event) => setRecoveryCode(event.currentTarget.value)}
                    />
                  ) : (
                    <TotpCodeInput value={code} onChange={setCode} />
                  ))}
                {needsCode && (
                  <Anchor component="button" type="button" size="sm" onClick={() => setUseRecovery(!useRecovery)}>
                    {t(useRecovery ? 'deletion.useApp' : 'deletion.useRecovery')}
                  </Anchor>
                )}
              </>
            )}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={onClose}>
                {t('deletion.cancel')}
              </Button>
              {hard.length === 0 && (
                <Button type="submit" color="red" loading={remove.isPending} disabled={!ready}>
                  {t('deletion.submit')}
                </Button>
              )}
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
