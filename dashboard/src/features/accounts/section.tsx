import type { ReactNode } from 'react';
import { SectionCard } from '@/ui/section-card';

type SectionProps = {
  title: ReactNode;
  description?: ReactNode;
  children: ReactNode;
  testId?: string;
  /** An anchor other parts of the page link to. */
  id?: string;
  /** Tables use the page's width; forms and text stay at a readable measure. */
  wide?: boolean;
};

/** One titled card of an account page (h2 under the page's h1). */
export function Section({ title, description, children, testId, id, wide = false }: SectionProps) {
  return (
    <SectionCard title={title} description={description} maw={wide ? 1200 : 760} data-testid={testId} id={id}>
      {children}
    </SectionCard>
  );
}
