import { Badge, Group, Paper, Text } from '@mantine/core';
import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/page-header';
import { useMe } from '../../../queries/me';

export const Route = createFileRoute('/_app/account/security')({
  component: SecurityPage,
});

function SecurityPage() {
  const { t } = useTranslation('account');
  const me = useMe();
  return (
    <>
      <PageHeader title={t('security.title')} />
      <Paper withBorder p="lg" maw={720}>
        <Group justify="space-between" wrap="wrap">
          <Text fw={600}>{t('security.twoFactor')}</Text>
          <Badge color={me.twoFactorEnabled ? 'green' : 'gray'} variant="light" size="lg">
            {t(me.twoFactorEnabled ? 'security.on' : 'security.off')}
          </Badge>
        </Group>
      </Paper>
    </>
  );
}
