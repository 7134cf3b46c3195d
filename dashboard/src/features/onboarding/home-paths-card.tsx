import { Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMyOnboarding } from './queries/onboarding';
import { SectionCard } from '@/ui/section-card';
import { RouterAnchor } from '@/ui/router-anchor';
import { StepAction } from './step-action';
import { useStepText } from './use-step-text';

/** How many unfinished paths the home shows; the rest are on each program's page. */
const SHOWN = 5;

/**
 * On the affiliate's home in an advertiser's context: for each program whose path is not finished, its
 * progress and the next step's button. One request for every program; hidden once every path is done.
 */
export function HomePathsCard({ orgId }: { orgId: string }) {
  const { t } = useTranslation('onboarding');
  const text = useStepText();
  const mine = useMyOnboarding(orgId);
  const open = (mine.data?.items ?? []).filter((p) => p.nextStepId !== null);
  if (open.length === 0) return null;
  return (
    <div data-testid="home-onboarding">
      <SectionCard title={t('home.title')} id="home-onboarding">
        <Text size="sm" c="dimmed" mb="md">
          {t('home.description')}
        </Text>
        <Stack gap="md">
          {open.slice(0, SHOWN).map((path) => {
            const next = path.steps.find((s) => s.step.id === path.nextStepId)!.step;
            return (
              <Stack key={path.programId} gap={6} data-testid={`home-onboarding-${path.programId}`}>
                <Group justify="space-between" gap="xs" wrap="wrap">
                  <RouterAnchor
                    to="/affiliate/$orgId/programs/$programId"
                    params={{ orgId, programId: path.programId }}
                    fw={600}
                  >
                    {path.programName}
                  </RouterAnchor>
                  <Text size="sm" c="dimmed">
                    {t('my.progress', { done: path.done, total: path.total })}
                  </Text>
                </Group>
                <Progress
                  value={(path.done / Math.max(1, path.total)) * 100}
                  color="teal.8"
                  aria-label={`${path.programName}: ${t('my.progress', { done: path.done, total: path.total })}`}
                />
                <Group justify="space-between" gap="xs" wrap="wrap">
                  <Text size="sm">
                    {t('my.next')}: {text(next).title}
                  </Text>
                  <StepAction orgId={orgId} programId={path.programId} step={next} onProgramPage={false} />
                </Group>
              </Stack>
            );
          })}
          {open.length > SHOWN && (
            <RouterAnchor to="/affiliate/$orgId/programs" params={{ orgId }} size="sm">
              {t('home.more', { count: open.length - SHOWN })}
            </RouterAnchor>
          )}
        </Stack>
      </SectionCard>
    </div>
  );
}
