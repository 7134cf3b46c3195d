import type { ReactNode } from 'react';
import { SectionCard } from '@/ui/section-card';

/** One titled section of the program's application settings. */
export function SettingsSection({ title, hint, children }: { title: string; hint: string; children: ReactNode }) {
  return (
    <SectionCard title={title} description={hint}>
      {children}
    </SectionCard>
  );
}
