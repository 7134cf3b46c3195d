import { Badge } from '@mantine/core';
import type { GroupColor } from '@schema/enums';

/** A partner group's name in its colour (the light variant, which the theme keeps readable). */
export function GroupBadge({ group }: { group: { name: string; color: GroupColor } }) {
  return (
    <Badge variant="light" color={group.color} tt="none" style={{ minWidth: 'max-content' }}>
      {group.name}
    </Badge>
  );
}
