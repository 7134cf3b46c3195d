import { Anchor, Box, List, Text } from '@mantine/core';
import { Fragment } from 'react';
import { type MarkdownInline, parseMarkdown } from '@domain/markdown';

// Keys are positions throughout: the tree is parsed whole from the source on every render, never reordered.

function Node({ node }: { node: MarkdownInline }) {
  if (node.kind === 'text') return node.text;
  if (node.kind !== 'link') return node.kind === 'strong' ? <strong>{node.text}</strong> : <em>{node.text}</em>;
  return (
    <Anchor href={node.href} target="_blank" rel="noopener noreferrer nofollow" inherit>
      <Inline nodes={node.children} />
    </Anchor>
  );
}

function Inline({ nodes }: { nodes: MarkdownInline[] }) {
  // biome-ignore lint/suspicious/noArrayIndexKey: see above.
  return nodes.map((node, i) => <Node key={i} node={node} />);
}

/**
 * A campaign message's Markdown as React elements, from the same parse the email's HTML comes from: only
 * text, emphasis, http(s)/mailto links and lists exist in the tree, and React escapes the text.
 */
export function MarkdownView({ source, size = 'sm' }: { source: string; size?: 'xs' | 'sm' | 'md' }) {
  return (
    <Box>
      {parseMarkdown(source).map((block, b) =>
        block.kind === 'p' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: see above.
          <Text key={b} size={size} mb="xs">
            {block.lines.map((line, l) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: see above.
              <Fragment key={l}>
                {l > 0 && <br />}
                <Inline nodes={line} />
              </Fragment>
            ))}
          </Text>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: see above.
          <List key={b} type={block.kind === 'ol' ? 'ordered' : 'unordered'} size={size} mb="xs" withPadding>
            {block.items.map((item, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: see above.
              <List.Item key={i}>
                <Inline nodes={item} />
              </List.Item>
            ))}
          </List>
        ),
      )}
    </Box>
  );
}
