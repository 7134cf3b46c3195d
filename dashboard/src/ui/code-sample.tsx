import { Box, Code, Group, Stack, Text } from '@mantine/core';
import { CopyValue } from './copy-value';

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
      <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
        {/* The hint wraps beside the copy button instead of pushing it off a phone's screen. */}
        <Text size="sm" c="dimmed" style={{ flex: 1, minWidth: 0 }}>
          {hint}
        </Text>
        <Box style={{ flexShrink: 0 }}>
          <CopyValue value={code} label={label} />
        </Box>
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
