import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMyProgress } from './queries/program-workflows';
import { QueryState } from '@/ui/query-state';
import { TierProgress } from './tier-progress';
import { SectionCard } from '@/ui/section-card';

/** The affiliate home's card (one advertiser's context): group and progress to the next tier per program. */
export function TiersCard({ orgId }: { orgId: string }) {
  const { t } = useTranslation('workflows');
  const progress = useMyProgress(orgId);
  return (
    <SectionCard title={t('progress.cardTitle')} id="my-tiers" data-testid="my-tiers">
      <QueryState query={progress}>
        {(items) =>
          items.length === 0 ? (
            <Text c="dimmed" size="sm">
              {t('progress.cardEmpty')}
            </Text>
          ) : (
            <Stack gap="md">
              {items.map((p) => (
                <TierProgress key={p.enrollmentId} progress={p} showProgram />
              ))}
            </Stack>
          )
        }
      </QueryState>
    </SectionCard>
  );
}
