import type { ReactNode } from 'react';
import { SectionCard } from '@/ui/section-card';

/** A titled card of the conversion explanation; the titles are the page's second-level headings. */
export function ExplanationSection({
  title,
  children,
  testId,
}: {
  title: string;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <SectionCard title={title} mb="lg" data-testid={testId}>
      {children}
    </SectionCard>
  );
}
