import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProgramStatus } from './queries/org-programs';

const COLORS: Record<ProgramStatus, string> = { draft: 'gray', active: 'teal', paused: 'yellow', archived: 'dark' };

/** A program's status in the light variant, which the theme keeps readable (contrast). */
export function ProgramStatusBadge({ status }: { status: ProgramStatus }) {
  const { t } = useTranslation('orgprograms');
  return (
    // A narrow table column must not cut the status short.
    <Badge variant="light" color={COLORS[status]} style={{ minWidth: 'max-content' }}>
      {t(`status.${status}`)}
    </Badge>
  );
}
