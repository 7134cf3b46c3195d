import { Grid, Stack } from '@mantine/core';
import { createFileRoute, useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { DeliveriesTable } from '@/components/earnings/deliveries-table';
import { MacroTable } from '@/components/earnings/macro-table';
import { PostbackForm } from '@/components/earnings/postback-form';
import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/query-state';
import { useMyPostback } from '@/queries/my-postback';
import { postbackSearchSchema } from '@/components/earnings/postback-options';

export const Route = createFileRoute('/_app/affiliate/postback')({
  validateSearch: postbackSearchSchema,
  component: PostbackPage,
});

// Hooks take the route id instead of `Route.use…`: a split component importing this module would move it out of
// the entry into a chunk of its own, which the login page would then load too.
function PostbackPage() {
  const { t } = useTranslation('earnings');
  const search = useSearch({ from: '/_app/affiliate/postback' });
  const navigate = useNavigate({ from: '/affiliate/postback' });
  const settings = useMyPostback();
  return (
    <>
      <PageHeader title={t('postback.title')} description={t('postback.description')} />
      <Stack gap="lg">
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <QueryState query={settings}>{(data) => <PostbackForm settings={data} />}</QueryState>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <MacroTable />
          </Grid.Col>
        </Grid>
        <DeliveriesTable filters={search} onChange={(next) => void navigate({ search: next, replace: true })} />
      </Stack>
    </>
  );
}
