import { Button, type ButtonProps, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';

type ReasonModalButtonProps = {
  /** The button's text, and the modal's submit button's. */
  label: string;
  ariaLabel: string;
  color: ButtonProps['color'];
  title: string;
  /** What the action does, above the field. */
  body: ReactNode;
  field: {
    label: string;
    description?: string;
    maxLength: number;
    /** A Textarea for a reason of a few lines; a one-line input otherwise. */
    multiline?: boolean;
    /** The message when it is left empty; without it the field is optional. */
    requiredMessage?: string;
  };
  /** The action's refusal, in the caller's words (an ActionError). */
  error: ReactNode;
  pending: boolean;
  backLabel: string;
  closeLabel: string;
  /** Runs the action with the trimmed text; the modal closes when it resolves and stays open when it throws. */
  onSubmit: (text: string) => Promise<void>;
};

/**
 * A small button that asks for a reason (or a reference) in a modal before it acts: the payout item's
 * exclusion and the external rail's paid/failed confirmations share it.
 */
export function ReasonModalButton({ field, ...props }: ReasonModalButtonProps) {
  const [opened, { open, close }] = useDisclosure(false);
  const form = useForm({
    initialValues: { text: '' },
    validate: {
      text: (value) => (field.requiredMessage && value.trim().length === 0 ? field.requiredMessage : null),
    },
  });
  const submit = form.onSubmit(async ({ text }) => {
    await props.onSubmit(text.trim());
    close();
  });
  const input = { label: field.label, description: field.description, maxLength: field.maxLength };
  return (
    <>
      <Button size="xs" variant="light" color={props.color} onClick={open} aria-label={props.ariaLabel}>
        {props.label}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={props.title}
        centered
        closeButtonProps={{ 'aria-label': props.closeLabel }}
      >
        <form onSubmit={(event) => void submit(event)}>
          <Stack gap="md">
            <Text size="sm">{props.body}</Text>
            {field.multiline ? (
              <Textarea {...input} autosize minRows={2} data-autofocus {...form.getInputProps('text')} />
            ) : (
              <TextInput {...input} data-autofocus {...form.getInputProps('text')} />
            )}
            {props.error}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close}>
                {props.backLabel}
              </Button>
              <Button type="submit" color={props.color} loading={props.pending}>
                {props.label}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
