import { Flex, Paper, Stack, Text } from '@mantine/core';
import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/page-header';
import { formatDateTime } from '../../../lib/format';
import { useMe } from '../../../queries/me';

export const Route = createFileRoute('/_app/account/profile')({
  component: ProfilePage,
});

function ProfilePage() {
  const { t, i18n } = useTranslation('account');
  const me = useMe();
  const rows: [string, string][] = [
    [t('profile.email'), me.email],
    [t('profile.name'), [me.firstName, me.lastName].filter(Boolean).join(' ') || t('profile.notSet')],
    [t('profile.language'), t(`profile.languages.${me.locale}`)],
    [t('profile.memberSince'), formatDateTime(me.createdAt, i18n.language)],
  ];
  return (
    <>
      <PageHeader title={t('profile.title')} />
      <Paper withBorder p="lg" maw={720}>
        <Stack gap="md" component="dl" m={0}>
          {rows.map(([label, value]) => (
            // One <div> around each dt/dd pair: the only wrapper a <dl> allows.
            <Flex key={label} direction={{ base: 'column', sm: 'row' }} gap={{ base: 2, sm: 'md' }}>
              <Text component="dt" c="dimmed" w={{ sm: 200 }} style={{ flexShrink: 0 }}>
                {label}
              </Text>
              <Text component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
                {value}
              </Text>
            </Flex>
          ))}
        </Stack>
      </Paper>
    </>
  );
}
