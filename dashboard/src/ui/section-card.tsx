import { Paper, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled block of a page (h2), so every section has the same frame and the heading order stays intact. */
export function SectionCard({ title, children, id }: { title: string; children: ReactNode; id: string }) {
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby={id}>
      <Title order={2} fz="h4" mb="md" id={id}>
        {title}
      </Title>
      {children}
    </Paper>
  );
}
