import { Stack } from '@mantine/core';
import { createFileRoute, getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { LogOutEverywhereButton } from '@/features/accounts';
import { LoginHistoryTable } from '@/features/accounts';
import { Section } from '@/features/accounts';
import { SessionsTable } from '@/features/accounts';
import { PageHeader } from '@/ui/page-header';

const HISTORY_STEP = 20;
const HISTORY_MAX = 100;

export const Route = createFileRoute('/_app/account/sessions')({
  // How much login history is shown: 20, 40 … up to the API's 100.
  validateSearch: z.object({
    logins: z.catch(z.optional(z.number().check(z.int(), z.minimum(HISTORY_STEP), z.maximum(HISTORY_MAX))), undefined),
  }),
  component: SessionsPage,
});

// Read through the route id, not `Route`: the page's chunk then does not import the route module, which
// stays inlined in the route tree instead of becoming one more small chunk the first page load waits for.
const route = getRouteApi('/_app/account/sessions');

function SessionsPage() {
  const { t } = useTranslation('account');
  const { logins = HISTORY_STEP } = route.useSearch();
  const navigate = route.useNavigate();
  const showMore =
    logins < HISTORY_MAX
      ? () =>
          void navigate({
            search: (prev) => ({ ...prev, logins: Math.min(logins + HISTORY_STEP, HISTORY_MAX) }),
            replace: true,
            resetScroll: false,
          })
      : undefined;
  return (
    <>
      <PageHeader
        title={t('sessions.title')}
        description={t('sessions.description')}
        actions={<LogOutEverywhereButton />}
      />
      <Stack gap="lg">
        <Section title={t('sessions.active')} wide>
          <SessionsTable />
        </Section>
        <Section title={t('sessions.history')} wide>
          <LoginHistoryTable limit={logins} onShowMore={showMore} />
        </Section>
      </Stack>
    </>
  );
}
