import { Text } from '@mantine/core';
import { createFileRoute, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import * as z from 'zod/mini';
import { useTranslation } from 'react-i18next';
import { CheckInbox } from '@/features/access';
import { PublicCard } from '@/ui/public-card';
import { SignUpForm } from '@/features/access';
import { InvitedBy } from '@/features/recruitment';
import { RouterAnchor } from '@/ui/router-anchor';

export const Route = createFileRoute('/_public/sign-up')({
  // An affiliate's recruit link: /sign-up?recruit=CODE. Kept through the form and sent with it.
  validateSearch: z.object({
    recruit: z.catch(z.optional(z.string().check(z.minLength(1), z.maxLength(64))), undefined),
  }),
  component: SignUpPage,
});

function SignUpPage() {
  const { t } = useTranslation('access');
  // useSearch with from (not Route.useSearch) keeps this route in the entry chunk (docs/dashboard.md).
  const { recruit } = useSearch({ from: '/_public/sign-up' });
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
      {recruit && <InvitedBy code={recruit} />}
      <SignUpForm onSignedUp={setSentTo} recruitCode={recruit} />
      <Text size="sm" ta="center">
        {t('signUp.haveAccount')}{' '}
        <RouterAnchor to="/login" size="sm">
          {t('signUp.logIn')}
        </RouterAnchor>
      </Text>
    </PublicCard>
  );
}
