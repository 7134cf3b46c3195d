import { Stack } from '@mantine/core';
import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ConnectedAccounts } from '@/components/account/connected-accounts';
import { ChangePasswordForm } from '@/components/account/change-password-form';
import { DeleteAccountSection } from '@/components/account/delete-account-section';
import { Section } from '@/components/account/section';
import { TwoFactorSection } from '@/components/account/two-factor-section';
import { PageHeader } from '@/components/page-header';
import { useIdentities } from '@/queries/identities';
import { useMe } from '@/queries/me';

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
