import { Code, Group, Stack, Text } from '@mantine/core';
import { CopyValue } from '../copy-value';

/** A code block with a copy button; long lines wrap so a phone never scrolls the page sideways. */
export function CodeSample({
  code,
  label,
  hint,
  testId,
}: {
  code: string;
  label: string;
  hint?: string;
  testId?: string;
}) {
  return (
    <Stack gap={4}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm" c="dimmed">
          {hint}
        </Text>
        <CopyValue value={code} label={label} />
      </Group>
      <Code
        block
        data-testid={testId}
        style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontSize: 'var(--mantine-font-size-xs)' }}
      >
        {code}
      </Code>
    </Stack>
  );
}
