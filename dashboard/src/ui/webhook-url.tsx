import { Code, Group, Stack, Text } from '@mantine/core';
import { CopyValue } from './copy-value';

/** A provider webhook URL to copy into the provider's dashboard, with what to subscribe to. */
export function WebhookUrl({ title, url, help, testId }: { title: string; url: string; help: string; testId: string }) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {title}
      </Text>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Code
          block
          style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all', flex: 1, minWidth: 0 }}
          data-testid={testId}
        >
          {url}
        </Code>
        <CopyValue value={url} label={title} />
      </Group>
      <Text size="xs" c="dimmed">
        {help}
      </Text>
    </Stack>
  );
}
