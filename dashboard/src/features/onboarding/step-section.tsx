import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OnboardingStep, OnboardingStepState } from './onboarding-steps';
import { StepMark } from './step-mark';

/** One getting-started step: its number or tick, title, what it is for, and what to do (or what was done). */
export function StepSection({
  step,
  index,
  state,
  children,
}: {
  step: OnboardingStep;
  index: number;
  state: OnboardingStepState;
  children: ReactNode;
}) {
  const { t } = useTranslation('orgsetup');
  const titleId = `step-${step}-title`;
  return (
    <Paper
      withBorder
      p={{ base: 'md', sm: 'lg' }}
      radius="md"
      component="section"
      aria-labelledby={titleId}
      data-testid={`step-${step}`}
      data-state={state}
      data-done={state === 'done'}
    >
      <Group gap="sm" align="flex-start" wrap="nowrap">
        <StepMark index={index} state={state} />
        <Stack gap="sm" miw={0} style={{ flex: 1 }}>
          <Group justify="space-between" gap="xs">
            <Title order={2} fz="h4" id={titleId}>
              {t(`steps.${step}.title`)}
            </Title>
            <Badge
              color={state === 'done' ? 'teal' : state === 'not_needed' ? 'blue' : 'gray'}
              variant="light"
              data-testid="step-status"
            >
              {t(`steps.status.${state}`)}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed">
            {t(`steps.${step}.description`)}
          </Text>
          {children}
        </Stack>
      </Group>
    </Paper>
  );
}
