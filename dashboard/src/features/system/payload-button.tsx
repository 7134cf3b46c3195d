import { Button, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { JsonView } from './json-view';

type PayloadButtonProps = {
  title: string;
  /** A line above the JSON, e.g. the reason it failed. */
  summary?: string | null;
  value: unknown;
};

/** Shows a stored JSON payload, pretty-printed, in a dialog. */
export function PayloadButton({ title, summary, value }: PayloadButtonProps) {
  const { t } = useTranslation('platform');
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button size="xs" variant="default" onClick={() => setOpened(true)}>
        {t('payload.show')}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={title}
        size="lg"
        closeButtonProps={{ 'aria-label': t('confirm.close') }}
      >
        <Stack gap="sm">
          {summary && <Text size="sm">{summary}</Text>}
          <JsonView value={value} />
        </Stack>
      </Modal>
    </>
  );
}
