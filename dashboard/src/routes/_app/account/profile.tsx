import { Badge, Flex, Group, Stack, Text } from '@mantine/core';
import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PaypalEmailSection } from '@/features/accounts';
import { ProfileDetailsForm } from '@/features/accounts';
import { Section } from '@/features/accounts';
import { PageHeader } from '@/ui/page-header';
import { formatDateTime } from '@/lib/format';
import { useMe } from '@/features/accounts';

export const Route = createFileRoute('/_app/account/profile')({
  component: ProfilePage,
});

function ProfilePage() {
  const { t, i18n } = useTranslation('account');
  const me = useMe();
  const rows: [string, React.ReactNode][] = [
    [
      t('profile.email'),
      <Group gap="xs" wrap="wrap" key="email">
        <span style={{ overflowWrap: 'anywhere' }}>{me.email}</span>
        {me.emailVerified && (
          <Badge color="green" variant="light" size="sm">
            {t('profile.emailConfirmed')}
          </Badge>
        )}
      </Group>,
    ],
    [t('profile.memberSince'), formatDateTime(me.createdAt, i18n.language)],
  ];
  return (
    <>
      <PageHeader title={t('profile.title')} description={t('profile.description')} />
      <Stack gap="lg">
        <Section title={t('profile.account')}>
          <Stack gap="sm" component="dl" m={0}>
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
        </Section>
        <Section title={t('profile.details')}>
          <ProfileDetailsForm me={me} />
        </Section>
        <PaypalEmailSection me={me} />
      </Stack>
    </>
  );
}
