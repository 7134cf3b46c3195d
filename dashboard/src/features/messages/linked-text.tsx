import { Anchor, Text } from '@mantine/core';
import { Fragment } from 'react';
import { splitLinks } from './split-links';

/**
 * A message's plain text: http(s) addresses become links that open in a new tab without the opener or a
 * referrer; everything else is text, so nothing the author typed is ever markup.
 */
export function LinkedText({ text }: { text: string }) {
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {splitLinks(text).map((part) =>
        part.href ? (
          <Anchor key={part.at} href={part.href} target="_blank" rel="noopener noreferrer nofollow ugc" inherit>
            {part.text}
          </Anchor>
        ) : (
          <Fragment key={part.at}>{part.text}</Fragment>
        ),
      )}
    </Text>
  );
}
