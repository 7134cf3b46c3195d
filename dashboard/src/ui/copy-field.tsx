import { Group, Stack, Text } from '@mantine/core';
import { CopyValue } from './copy-value';

/** A labelled value that can be copied: links and codes, shown whole and wrapped rather than cut off on phones. */
export function CopyField({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Stack gap={2}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm" fw={600}>
          {label}
        </Text>
        <CopyValue value={value} label={label} />
      </Group>
      <Text
        ff="monospace"
        size="sm"
        style={{ overflowWrap: 'anywhere' }}
        bg="var(--mantine-color-default-hover)"
        px="xs"
        py={4}
      >
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Stack>
  );
}
