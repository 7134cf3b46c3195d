import { Stack, Text } from '@mantine/core';
import type { CommissionStatus } from '@schema/enums';
import { MoneyText } from '@/ui/money-text';
import { StatusBadge } from '@/ui/status-badge';

type Line = { amountMinor: number; currency: string; status: CommissionStatus };

/** A conversion's direct commission line (amount and status), or what it earned nobody, in a table cell. */
export function DirectCommissionCell({ line, nothingLabel }: { line: Line | null; nothingLabel: string }) {
  if (!line)
    return (
      <Text c="dimmed" size="sm">
        {nothingLabel}
      </Text>
    );
  return (
    <Stack gap={2} align="flex-start">
      <MoneyText minor={line.amountMinor} currency={line.currency} fw={600} size="sm" />
      <StatusBadge status={line.status} />
    </Stack>
  );
}
