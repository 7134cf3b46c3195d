import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMyBounties } from './queries/bounties';
import { SectionCard } from '@/ui/section-card';
import { QueryState } from '@/ui/query-state';
import { MyBountyCard } from './my-bounty-card';

/**
 * The program page's bounties: those of this program open to the affiliate, with its progress, the submit
 * form and its history. On the program page rather than a page of its own: every route adds to the login
 * page's bundle, which is at its budget.
 */
export function MyProgramBounties({ orgId, programId }: { orgId: string; programId: string }) {
  const { t } = useTranslation('workflows', { keyPrefix: 'bounties' });
  const bounties = useMyBounties(orgId);
  return (
    <SectionCard title={t('mine.title')} id="program-bounties">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('mine.description')}
        </Text>
        <QueryState query={bounties} skeleton="cards">
          {(items) => {
            const mine = items.filter((b) => b.programId === programId);
            return mine.length === 0 ? (
              <Text data-testid="my-bounties-empty">{t('mine.empty')}</Text>
            ) : (
              <Stack gap="sm" data-testid="my-bounty-list">
                {mine.map((b) => (
                  <MyBountyCard key={b.id} orgId={orgId} bounty={b} />
                ))}
              </Stack>
            );
          }}
        </QueryState>
      </Stack>
    </SectionCard>
  );
}
