import { Stack } from '@mantine/core';
import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ConnectedAccounts } from '@/features/accounts';
import { ChangePasswordForm } from '@/features/accounts';
import { DeleteAccountSection } from '@/features/accounts';
import { Section } from '@/features/accounts';
import { TwoFactorSection } from '@/features/accounts';
import { PageHeader } from '@/ui/page-header';
import { useIdentities } from '@/features/accounts';
import { useMe } from '@/features/accounts';

export const Route = createFileRoute('/_app/account/security')({
  component: SecurityPage,
});

function SecurityPage() {
  const { t } = useTranslation('account');
  const me = useMe();
  // An account made through Google or GitHub has no password yet: the form sets a first one.
  const firstPassword = useIdentities().data?.hasPassword === false;
  return (
    <>
      <PageHeader title={t('security.title')} description={t('security.description')} />
      <Stack gap="lg">
        <TwoFactorSection me={me} />
        <Section title={t(firstPassword ? 'security.password.titleFirst' : 'security.password.title')}>
          <ChangePasswordForm />
        </Section>
        <ConnectedAccounts />
        <DeleteAccountSection />
      </Stack>
    </>
  );
}
