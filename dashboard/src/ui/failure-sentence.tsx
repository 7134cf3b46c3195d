import { Code, Stack, Text } from '@mantine/core';
import { DetailsToggle } from './details-toggle';

type FailureSentenceProps = {
  /** What happened and what to do, in the reader's language. */
  sentence: string;
  /** The sender's or provider's own words, for support; nothing behind "Details" when null or empty. */
  detail: string | null;
  /** A width bound for table cells. */
  maw?: number;
  /** data-* attributes the tests read (testid, code, kind). */
  attrs: Record<`data-${string}`, string>;
};

/** A failure told as a sentence, with the raw text behind "Details": deliveries, PayPal items and batches. */
export function FailureSentence({ sentence, detail, maw, attrs }: FailureSentenceProps) {
  return (
    <Stack gap={2} maw={maw} {...attrs}>
      <Text size="sm">{sentence}</Text>
      {detail && (
        <DetailsToggle>
          <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {detail}
          </Code>
        </DetailsToggle>
      )}
    </Stack>
  );
}
