import { Badge, Button, Group, List, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Onboarding } from './queries/org-onboarding';
import { RouterButton } from '@/ui/router-button';
import { ONBOARDING_STEPS, settledSteps } from './onboarding-steps';
import { StepMark } from './step-mark';

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
    <Paper
      withBorder
      p={{ base: 'md', sm: 'lg' }}
      radius="md"
      mb="lg"
      component="section"
      aria-labelledby="checklist-title"
      data-testid="checklist-card"
      style={{ borderColor: 'var(--mantine-color-blue-4)', borderWidth: 2 }}
    >
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={4} miw={0} style={{ flex: '1 1 240px' }}>
            <Title order={2} fz="h3" id="checklist-title">
              {t('checklist.title')}
            </Title>
            <Text c="dimmed" size="sm">
              {t('checklist.description')}
            </Text>
          </Stack>
          <Badge variant="light" size="lg">
            {t('checklist.progress', { done: count, total })}
          </Badge>
        </Group>
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
    </Paper>
  );
}
