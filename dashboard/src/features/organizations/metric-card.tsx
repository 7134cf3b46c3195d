import { Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** One headline figure with its change against the previous period underneath. */
export function MetricCard({
  label,
  value,
  delta,
  testId,
}: {
  label: string;
  value: ReactNode;
  delta: ReactNode;
  testId: string;
}) {
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} radius="md" data-testid={testId}>
      <Stack gap={4}>
        <Text size="sm" c="dimmed" fw={600}>
          {label}
        </Text>
        <Text fz={{ base: 'lg', sm: 24 }} fw={700} style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="value">
          {value}
        </Text>
        {delta}
      </Stack>
    </Paper>
  );
}
