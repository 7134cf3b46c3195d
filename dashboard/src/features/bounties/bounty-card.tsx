import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Bounty } from './queries/bounties';
import { useProgramGroups } from '@/features/enrollments';
import { DeleteBountyButton } from './delete-bounty-button';
import { useBountyWords } from './use-bounty-words';

type Props = {
  orgId: string;
  bounty: Bounty;
  canEdit: boolean;
  onEdit: () => void;
};

/** One bounty as its advertiser sees it: the terms in words, who it is for, winners and waiting submissions. */
export function BountyCard({ orgId, bounty, canEdit, onEdit }: Props) {
  const { t } = useTranslation('workflows', { keyPrefix: 'bounties' });
  const words = useBountyWords();
  const now = Date.now();
  const state =
    new Date(bounty.startsAt).getTime() > now
      ? 'upcoming'
      : new Date(bounty.endsAt).getTime() <= now
        ? 'ended'
        : 'open';
  // Only a group-scoped bounty reads its program's groups, for the group's name (an empty id waits).
  const groups = useProgramGroups(orgId, bounty.scope.groupId ? bounty.programId : '');
  const groupName = groups.data?.find((g) => g.id === bounty.scope.groupId)?.name ?? '…';
  const scope = bounty.scope.groupId
    ? t('scopeGroup', { name: groupName })
    : bounty.scope.tag
      ? t('scopeTag', { tag: bounty.scope.tag })
      : t('scopeAll');
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-label={bounty.name} data-testid="bounty-card">
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap">
          <Text fw={600}>{bounty.name}</Text>
          <Badge variant="light" color="grape" tt="none">
            {t(`kinds.${bounty.kind}`)}
          </Badge>
          <Badge variant="light" color={state === 'open' ? 'green' : 'gray'} tt="none">
            {t(`states.${state}`)}
          </Badge>
        </Group>
        <Text size="sm">
          {bounty.goal
            ? t('termsPerformance', {
                goal: words.goal(bounty.goal, bounty.bonus.currency),
                prize: words.prize(bounty.bonus),
              })
            : t('termsSubmission', { prize: words.prize(bounty.bonus) })}
        </Text>
        <Text size="sm" c="dimmed">
          {[scope, words.dates(bounty.startsAt, bounty.endsAt)].join(' · ')}
        </Text>
        <Group gap="md" wrap="wrap">
          <Text size="sm">{words.winners(bounty.winners, bounty.maxWinners)}</Text>
          {bounty.kind === 'submission' && (
            <Text size="sm" c={bounty.pendingSubmissions > 0 ? undefined : 'dimmed'}>
              {t('pending', { count: bounty.pendingSubmissions })}
            </Text>
          )}
        </Group>
        {canEdit && (
          <Group gap="xs">
            <Button
              variant="default"
              size="compact-sm"
              leftSection={<IconPencil size={14} aria-hidden />}
              onClick={onEdit}
              aria-label={t('list.editOf', { name: bounty.name })}
            >
              {t('list.edit')}
            </Button>
            <DeleteBountyButton orgId={orgId} bounty={bounty} />
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
