import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OnboardingStep } from './onboarding-steps';
import { StepMark } from './step-mark';

/** One getting-started step: its number or tick, title, what it is for, and what to do (or what was done). */
export function StepSection({
  step,
  index,
  done,
  children,
}: {
  step: OnboardingStep;
  index: number;
  done: boolean;
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
      data-done={done}
    >
      <Group gap="sm" align="flex-start" wrap="nowrap">
        <StepMark index={index} done={done} />
        <Stack gap="sm" miw={0} style={{ flex: 1 }}>
          <Group justify="space-between" gap="xs">
            <Title order={2} fz="h4" id={titleId}>
              {t(`steps.${step}.title`)}
            </Title>
            <Badge color={done ? 'teal' : 'gray'} variant="light" data-testid="step-status">
              {t(done ? 'steps.statusDone' : 'steps.statusTodo')}
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
