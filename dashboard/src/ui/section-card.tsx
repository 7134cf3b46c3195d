import { Paper, type PaperProps, Stack } from '@mantine/core';
import { type ReactNode, useId } from 'react';
import { CardHeading } from './card-heading';
import { sectionTarget } from './section-index';

type SectionCardProps = Omit<PaperProps, 'title' | 'children'> & {
  title: ReactNode;
  /** The heading's id, which names the section; links and tests may point at it. Generated when left out. */
  id?: string;
  /** The section's own id: a target the page's section index scrolls to and focuses (see section-index). */
  anchor?: string;
  /** One dimmed line (or a few) under the title. */
  description?: ReactNode;
  /** Buttons or a badge on the title's line, wrapping under it on a narrow screen. */
  actions?: ReactNode;
  /** 2 for a section of the page (the default), 3 for a card inside another section. */
  order?: 2 | 3;
  /** An item of a list of like cards (a domain, a program) is an article; a part of the page a section. */
  as?: 'section' | 'article';
  children?: ReactNode;
  'data-testid'?: string;
};

/**
 * A titled block of a page: a bordered card whose heading names it (a `section` labelled by its title), with an
 * optional description and actions. Every card header of the dashboard is this one, so the frames and the
 * heading order stay the same everywhere (test/node/dashboard-areas.test.ts refuses a hand-written one).
 */
export function SectionCard({
  title,
  id,
  description,
  actions,
  order = 2,
  as = 'section',
  anchor,
  children,
  ...paper
}: SectionCardProps) {
  const generated = useId();
  const headingId = id ?? generated;
  return (
    <Paper
      withBorder
      radius="md"
      p={order === 2 ? { base: 'md', sm: 'lg' } : 'md'}
      component={as}
      aria-labelledby={headingId}
      {...(anchor ? sectionTarget(anchor) : {})}
      {...paper}
    >
      <Stack gap="md">
        <CardHeading title={title} order={order} id={headingId} description={description} actions={actions} />
        {children}
      </Stack>
    </Paper>
  );
}
