import { Paper, Text } from '@mantine/core';

type MetricCardProps = {
  label: string;
  value: string;
  /** What the number means, in a sentence. */
  hint: string;
  /** Draws attention when the number is a problem. */
  alert?: boolean;
};

/** One count with its name and meaning. */
export function MetricCard({ label, value, hint, alert }: MetricCardProps) {
  return (
    <Paper withBorder radius="md" p="md">
      <Text size="sm" c="dimmed" fw={500}>
        {label}
      </Text>
      <Text fz={28} fw={700} c={alert ? 'red' : undefined} lh={1.3}>
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
    </Paper>
  );
}
