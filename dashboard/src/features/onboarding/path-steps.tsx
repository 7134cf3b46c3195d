import { List, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconCircleDashed } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';
import type { MyOnboardingPath } from './queries/onboarding';
import { StepAction } from './step-action';
import { useStepText } from './use-step-text';

/** The path's steps in order, each ticked or not, with the next step's button under it. */
export function PathSteps({ orgId, path }: { orgId: string; path: MyOnboardingPath }) {
  const { t, i18n } = useTranslation('onboarding');
  const text = useStepText();
  return (
    <List spacing="md" center={false}>
      {path.steps.map(({ step, reached, reachedAt }) => {
        const { title, description } = text(step);
        const next = step.id === path.nextStepId;
        return (
          <List.Item
            key={step.id}
            data-testid={`onboarding-step-${step.id}`}
            data-done={reached}
            icon={
              <ThemeIcon
                color={reached ? 'teal.8' : 'gray.6'}
                variant={reached ? 'filled' : 'light'}
                radius="xl"
                size={24}
              >
                {reached ? <IconCheck size={16} aria-hidden /> : <IconCircleDashed size={16} aria-hidden />}
              </ThemeIcon>
            }
          >
            <Text size="sm" fw={600}>
              {title}
              <Text span size="sm" c="dimmed" fw={400}>
                {' — '}
                {reached
                  ? reachedAt
                    ? t('my.doneAt', { when: formatDate(reachedAt, i18n.language) })
                    : t('my.done')
                  : next
                    ? t('my.next')
                    : t('my.todo')}
              </Text>
            </Text>
            {description && !reached && (
              <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
                {description}
              </Text>
            )}
            {/* The advertiser's own steps may be done in any order, so each keeps its button until ticked. */}
            {(next || (step.kind === 'custom' && !reached)) && (
              <div style={{ marginTop: 8 }}>
                <StepAction orgId={orgId} programId={path.programId} step={step} onProgramPage />
              </div>
            )}
          </List.Item>
        );
      })}
    </List>
  );
}
