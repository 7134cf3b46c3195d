import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUndoPaypalEmailChange } from '@/features/accounts';
import { ErrorState } from '@/ui/error-state';
import { RouterButton } from '@/ui/router-button';
import { linkErrorKind } from './link-error-kind';
import { OutcomeAlert } from './outcome-alert';

const MESSAGES = {
  used: 'paypalUndo.used',
  expired: 'paypalUndo.expired',
  changed: 'paypalUndo.invalid',
  invalid: 'paypalUndo.invalid',
} as const;

/**
 * The undo link of a PayPal address change notice. It waits for a click rather than running on load: mail
 * scanners open links, and an undo spent by a scanner would leave the person nothing to click.
 */
export function UndoPaypalOutcome({ token }: { token: string | undefined }) {
  const { t } = useTranslation('access');
  const undo = useUndoPaypalEmailChange();

  const kind = undo.isSuccess ? null : token ? (undo.isError ? linkErrorKind(undo.error) : null) : 'invalid';
  if (kind === 'other') return <ErrorState error={undo.error} onRetry={token ? () => undo.mutate(token) : undefined} />;
  return (
    <Stack gap="md">
      {undo.isSuccess ? (
        <OutcomeAlert tone="success">
          {undo.data.paypalEmail ? t('paypalUndo.restored', { email: undo.data.paypalEmail }) : t('paypalUndo.removed')}
        </OutcomeAlert>
      ) : kind ? (
        <OutcomeAlert tone={kind === 'used' ? 'warning' : 'error'}>{t(MESSAGES[kind])}</OutcomeAlert>
      ) : (
        <>
          <Text>{t('paypalUndo.explain')}</Text>
          <Button onClick={() => token && undo.mutate(token)} loading={undo.isPending} color="red" fullWidth>
            {t('paypalUndo.confirm')}
          </Button>
        </>
      )}
      {(undo.isSuccess || kind) && (
        <Text size="sm" c="dimmed">
          {t('paypalUndo.after')}
        </Text>
      )}
      <RouterButton to="/account/profile" fullWidth variant={undo.isSuccess || kind ? 'filled' : 'default'}>
        {t('paypal.toProfile')}
      </RouterButton>
    </Stack>
  );
}
