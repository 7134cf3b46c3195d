import { Box, Card, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRecruitEarnings } from './queries/recruitment';
import { EmptyState } from '@/ui/empty-state';
import { MoneyText } from '@/ui/money-text';
import { QueryState } from '@/ui/query-state';

const AMOUNTS = ['pendingMinor', 'approvedMinor', 'paidMinor', 'reversedMinor'] as const;

/** What the affiliate's recruits earned it, one row per level and currency, one column per status. */
export function LevelEarningsTable() {
  const { t } = useTranslation('recruit');
  const query = useRecruitEarnings();
  return (
    <Card withBorder radius="md" p="lg">
      <Title order={2} fz="h4" mb={4}>
        {t('earnings.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('earnings.description')}
      </Text>
      <QueryState query={query}>
        {({ items }) =>
          items.length === 0 ? (
            <EmptyState title={t('earnings.emptyTitle')} description={t('earnings.emptyDescription')} />
          ) : (
            <>
              {/* On a phone five columns cannot fit: one card per level and currency, the amounts two to a line. */}
              <Stack gap="sm" hiddenFrom="sm" data-testid="level-earnings-cards">
                {items.map((row) => (
                  <Paper key={`${row.level}:${row.currency}`} withBorder p="sm" radius="md">
                    <Text fw={600} size="sm" mb="xs">
                      {t('earnings.levelN', { level: row.level })} · {row.currency}
                    </Text>
                    <SimpleGrid cols={2} spacing="xs" verticalSpacing="xs">
                      {AMOUNTS.map((key) => (
                        <Box key={key}>
                          <Text size="xs" c="dimmed" fw={600}>
                            {t(`earnings.${key}`)}
                          </Text>
                          <MoneyText minor={row[key]} currency={row.currency} size="sm" />
                        </Box>
                      ))}
                    </SimpleGrid>
                  </Paper>
                ))}
              </Stack>
              <Table.ScrollContainer minWidth={520} visibleFrom="sm">
                <Table striped verticalSpacing="sm" data-testid="level-earnings">
                  <caption className="visually-hidden">{t('earnings.title')}</caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('earnings.level')}</Table.Th>
                      {AMOUNTS.map((key) => (
                        <Table.Th key={key} scope="col" ta="right">
                          {t(`earnings.${key}`)}
                        </Table.Th>
                      ))}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {items.map((row) => (
                      <Table.Tr key={`${row.level}:${row.currency}`}>
                        <Table.Th scope="row" fw={500}>
                          {t('earnings.levelN', { level: row.level })} · {row.currency}
                        </Table.Th>
                        {AMOUNTS.map((key) => (
                          <Table.Td key={key} ta="right">
                            <MoneyText minor={row[key]} currency={row.currency} size="sm" />
                          </Table.Td>
                        ))}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </>
          )
        }
      </QueryState>
    </Card>
  );
}
