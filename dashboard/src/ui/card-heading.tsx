import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

type CardHeadingProps = {
  title: ReactNode;
  /** 1 for a signed-out page's one card (PublicCard), 2 for a section of a page, 3 for a card inside one. */
  order: 1 | 2 | 3;
  id?: string | undefined;
  description?: ReactNode;
  actions?: ReactNode;
};

const TITLE_SIZE = { 1: 'h2', 2: 'h4', 3: 'h5' } as const;

/**
 * The title, dimmed description and actions that open a card: written once for SectionCard and PublicCard, so
 * both headers wrap and stack alike. The actions share the title's line and wrap under it on a narrow screen.
 */
export function CardHeading({ title, order, id, description, actions }: CardHeadingProps) {
  const heading = (
    <Stack gap={4} miw={0}>
      <Title order={order} fz={TITLE_SIZE[order]} id={id} style={{ overflowWrap: 'anywhere' }}>
        {title}
      </Title>
      {description && (
        <Text size={order === 1 ? 'md' : 'sm'} c="dimmed" component={typeof description === 'string' ? 'p' : 'div'}>
          {description}
        </Text>
      )}
    </Stack>
  );
  if (!actions) return heading;
  return (
    <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
      {heading}
      {actions}
    </Group>
  );
}
