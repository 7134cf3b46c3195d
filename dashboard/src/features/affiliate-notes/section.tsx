import type { ReactNode } from 'react';
import { SectionCard } from '@/ui/section-card';

/** One titled part of the affiliate's profile. */
export function ProfileSection({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  return (
    <SectionCard title={title} h="100%" data-testid={testId}>
      {children}
    </SectionCard>
  );
}
