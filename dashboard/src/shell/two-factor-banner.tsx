import { Alert, Group, Stack, Text } from '@mantine/core';
import { useLocation } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';
import { useMe } from '@/features/accounts';
import { RouterButton } from '@/ui/router-button';

/**
 * On every signed-in page while a required 2FA is not on: who requires it and the deadline
 * (yellow during the grace period, red after it), with the way to the setup.
 */
export function TwoFactorBanner() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const { pathname } = useLocation();
  const requirement = me.twoFactorRequirement;
  if (requirement.state !== 'grace' && requirement.state !== 'overdue') return null;
  const overdue = requirement.state === 'overdue';
  const date = requirement.dueAt ? formatDateTime(requirement.dueAt, i18n.language) : '';
  const names = requirement.organizations.map((o) => o.name).join(', ');
  return (
    <Alert
      color={overdue ? 'red' : 'yellow'}
      variant="light"
      mb="lg"
      role={overdue ? 'alert' : 'status'}
      title={overdue ? t('twoFactorRequired.overdueTitle') : t('twoFactorRequired.graceTitle', { date })}
      data-testid="two-factor-banner"
      data-state={requirement.state}
    >
      <Stack gap="xs">
        <Text size="sm">
          {requirement.platform && t('twoFactorRequired.byPlatform')}{' '}
          {requirement.organizations.length > 0 &&
            t('twoFactorRequired.byOrganizations', { count: requirement.organizations.length, names })}{' '}
          {overdue ? t('twoFactorRequired.overdue', { date }) : t('twoFactorRequired.grace')}
        </Text>
        {pathname !== '/account/security' && (
          <Group>
            <RouterButton to="/account/security" size="xs" color={overdue ? 'red' : undefined}>
              {t('twoFactorRequired.action')}
            </RouterButton>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
