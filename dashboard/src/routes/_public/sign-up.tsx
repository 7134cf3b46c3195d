import { Text } from '@mantine/core';
import { createFileRoute } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckInbox } from '../../components/access/check-inbox';
import { PublicCard } from '../../components/access/public-card';
import { SignUpForm } from '../../components/access/sign-up-form';
import { RouterAnchor } from '../../components/router-anchor';

export const Route = createFileRoute('/_public/sign-up')({
  component: SignUpPage,
});

function SignUpPage() {
  const { t } = useTranslation('access');
  // Kept in memory, not in the URL: an email address does not belong in history or logs.
  const [sentTo, setSentTo] = useState<string | null>(null);
  if (sentTo)
    return (
      <PublicCard title={t('checkInbox.title')}>
        <CheckInbox email={sentTo} />
      </PublicCard>
    );
  return (
    <PublicCard title={t('signUp.title')} description={t('signUp.description')}>
      <SignUpForm onSignedUp={setSentTo} />
      <Text size="sm" ta="center">
        {t('signUp.haveAccount')}{' '}
        <RouterAnchor to="/login" size="sm">
          {t('signUp.logIn')}
        </RouterAnchor>
      </Text>
    </PublicCard>
  );
}
