import { Badge, Button, Group, List, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Onboarding } from './queries/org-onboarding';
import { RouterButton } from '@/ui/router-button';
import { ONBOARDING_STEPS, settledSteps } from './onboarding-steps';
import { StepMark } from './step-mark';
import { SectionCard } from '@/ui/section-card';

/** The getting-started checklist at the top of the overview until every step is done or the user hides it. */
export function ChecklistCard({
  orgId,
  progress,
  onDismiss,
}: {
  orgId: string;
  progress: Onboarding;
  onDismiss: () => void;
}) {
  const { t } = useTranslation('orgsetup');
  const states = progress.steps;
  const count = settledSteps(states);
  const total = ONBOARDING_STEPS.length;
  return (
    <SectionCard
      title={t('checklist.title')}
      id="checklist-title"
      description={t('checklist.description')}
      actions={
        <Badge variant="light" size="lg">
          {t('checklist.progress', { done: count, total })}
        </Badge>
      }
      mb="lg"
      data-testid="checklist-card"
      style={{ borderColor: 'var(--mantine-color-blue-4)', borderWidth: 2 }}
    >
      <Stack gap="md">
        <Progress value={(count / total) * 100} aria-label={t('checklist.progress', { done: count, total })} />
        <List listStyleType="none" spacing="xs">
          {ONBOARDING_STEPS.map((step, index) => (
            <List.Item key={step} icon={<StepMark index={index} state={states[step]} />}>
              <Text
                size="sm"
                fw={states[step] === 'todo' ? 600 : 400}
                td={states[step] === 'done' ? 'line-through' : undefined}
              >
                {t(`steps.${step}.title`)}
                <span className="visually-hidden"> ({t(`steps.status.${states[step]}`)})</span>
              </Text>
            </List.Item>
          ))}
        </List>
        <Group gap="sm">
          <RouterButton to="/orgs/$orgId/getting-started" params={{ orgId }}>
            {t('checklist.continue')}
          </RouterButton>
          <Button variant="default" onClick={onDismiss}>
            {t('checklist.dismiss')}
          </Button>
        </Group>
      </Stack>
    </SectionCard>
  );
}
