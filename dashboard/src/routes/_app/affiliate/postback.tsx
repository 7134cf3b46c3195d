import { Grid, Stack } from '@mantine/core';
import { createFileRoute, useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { DeliveriesTable } from '@/features/postbacks';
import { MacroTable } from '@/features/postbacks';
import { PostbackForm } from '@/features/postbacks';
import { PageHeader } from '@/ui/page-header';
import { QueryState } from '@/ui/query-state';
import { useMyPostback } from '@/features/postbacks';
import { postbackSearchSchema } from '@/features/postbacks';

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
