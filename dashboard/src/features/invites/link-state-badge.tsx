import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RegistrationLink } from './queries/invites';

const COLORS: Record<RegistrationLink['state'], string> = {
  valid: 'teal',
  join_link_revoked: 'gray',
  join_link_expired: 'orange',
  join_link_used_up: 'orange',
  join_link_unavailable: 'yellow',
};

export function LinkStateBadge({ state }: { state: RegistrationLink['state'] }) {
  const { t } = useTranslation('invites');
  return (
    <Badge color={COLORS[state]} variant="light">
      {t(`state.${state}`)}
    </Badge>
  );
}
