import { Badge, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { CreateOrganizationForm } from '@/features/organizations';
import { PageHeader } from '@/ui/page-header';
import { QueryState } from '@/ui/query-state';
import { RouterAnchor } from '@/ui/router-anchor';
import { useMyOrganizations } from '@/features/organizations';
import { SectionCard } from '@/ui/section-card';

export const Route = createFileRoute('/_app/orgs/')({
  component: OrganizationsPage,
});

/** The advertiser organizations the user works in, and the form that starts a new one. */
function OrganizationsPage() {
  const { t } = useTranslation('org');
  const { t: tc } = useTranslation();
  const organizations = useMyOrganizations();
  return (
    <>
      <PageHeader title={t('list.title')} description={t('list.description')} />
      <Stack gap="xl">
        <QueryState query={organizations}>
          {(items) =>
            items.length > 0 && (
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
                {items.map((organization) => (
                  <Paper key={organization.id} withBorder p="md" radius="md">
                    <Group justify="space-between" wrap="nowrap" gap="sm">
                      <RouterAnchor to="/orgs/$orgId" params={{ orgId: organization.id }} fw={600} truncate>
                        {organization.name}
                      </RouterAnchor>
                      <Badge variant="light">{tc(`org.roles.${organization.role}`)}</Badge>
                    </Group>
                    <Text size="sm" c="dimmed" mt={4}>
                      {tc(`org.plans.${organization.plan}` as 'org.plans.starter', { defaultValue: organization.plan })}{' '}
                      · {organization.slug}
                    </Text>
                  </Paper>
                ))}
              </SimpleGrid>
            )
          }
        </QueryState>
        <SectionCard title={t('create.title')} description={t('create.description')} maw={560}>
          <CreateOrganizationForm />
        </SectionCard>
      </Stack>
    </>
  );
}
