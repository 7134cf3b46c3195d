import { Progress, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { type MyOnboardingPath, useMyOnboarding, useRecordOnboardingStep } from './queries/onboarding';
import { SectionCard } from '@/ui/section-card';
import { PathSteps } from './path-steps';

/**
 * Records the brief as read when the program page opens (it is the page's first section) and the creatives
 * once their section scrolls into view, each only while not reached yet.
 */
function useRecordViews(orgId: string, path: MyOnboardingPath | undefined) {
  const record = useRecordOnboardingStep(orgId, path?.programId ?? '');
  const pending = (id: string) => path?.steps.some((s) => s.step.id === id && !s.reached) ?? false;
  const briefPending = pending('brief');
  const creativesPending = pending('creatives');
  const { mutate } = record;
  useEffect(() => {
    if (briefPending) mutate('brief');
  }, [briefPending, mutate]);
  useEffect(() => {
    const section = document.getElementById('program-creatives')?.closest('section');
    if (!creativesPending || !section) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        observer.disconnect();
        mutate('creatives');
      }
    });
    observer.observe(section);
    return () => observer.disconnect();
  }, [creativesPending, mutate]);
}

/** The affiliate's path to a first sale in one program, on the program page. Nothing until active. */
export function MyPathCard({ orgId, programId }: { orgId: string; programId: string }) {
  const { t } = useTranslation('onboarding');
  const mine = useMyOnboarding(orgId);
  const path = mine.data?.items.find((p) => p.programId === programId);
  useRecordViews(orgId, path);
  if (!path) return null;
  return (
    <SectionCard title={t('my.title')} id="program-onboarding">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {path.nextStepId ? t('my.progress', { done: path.done, total: path.total }) : t('my.allDone')}
        </Text>
        <Progress
          value={path.total === 0 ? 100 : (path.done / path.total) * 100}
          aria-label={t('my.progress', { done: path.done, total: path.total })}
          color="teal.8"
        />
        {/* A finished path shrinks to its line and bar, so the page's own sections come first again. */}
        {path.nextStepId && <PathSteps orgId={orgId} path={path} />}
      </Stack>
    </SectionCard>
  );
}
