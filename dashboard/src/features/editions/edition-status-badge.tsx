import { Badge } from '@mantine/core';
import type { EditionStatus } from '@schema/enums';
import { useTranslation } from 'react-i18next';

// Shades dark enough for the light badge's text to pass contrast on white.
const COLOR: Record<EditionStatus, string> = {
  draft: 'gray',
  pending: 'yellow',
  active: 'teal',
  rejected: 'red',
  suspended: 'orange',
  deleted: 'gray',
};

/** An edition's status in the reader's language, coloured by what it means for the edition's host. */
export function EditionStatusBadge({ status }: { status: EditionStatus }) {
  const { t } = useTranslation('editions');
  return (
    <Badge variant="light" color={COLOR[status]} tt="none" data-testid="edition-status">
      {t(`status.${status}`)}
    </Badge>
  );
}
