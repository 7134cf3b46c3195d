import { Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Bounty, useBounties } from './queries/bounties';
import { EmptyState } from '@/ui/empty-state';
import { QueryState } from '@/ui/query-state';
import { BountyCard } from './bounty-card';
import { BountyFormModal } from './bounty-form-modal';

type Props = { orgId: string; program: { id: string; currency: string }; canEdit: boolean };

/** A program's bounties, newest first; owners and admins create, edit and delete them, others read. */
export function BountiesPanel({ orgId, program, canEdit }: Props) {
  const { t } = useTranslation('workflows', { keyPrefix: 'bounties' });
  const bounties = useBounties(orgId, program.id);
  const [editing, setEditing] = useState<{ bounty: Bounty | null } | null>(null);
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Text size="sm" c="dimmed" maw={640}>
          {t('list.intro')}
        </Text>
        {canEdit && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing({ bounty: null })}>
            {t('list.new')}
          </Button>
        )}
      </Group>
      <QueryState query={bounties} skeleton="cards">
        {(items) =>
          items.length === 0 ? (
            <EmptyState title={t('list.empty')} description={t('list.emptyHint')} />
          ) : (
            <Stack gap="sm" data-testid="bounty-list">
              {items.map((bounty) => (
                <BountyCard
                  key={bounty.id}
                  orgId={orgId}
                  bounty={bounty}
                  canEdit={canEdit}
                  onEdit={() => setEditing({ bounty })}
                />
              ))}
            </Stack>
          )
        }
      </QueryState>
      {editing && (
        <BountyFormModal orgId={orgId} program={program} bounty={editing.bounty} onClose={() => setEditing(null)} />
      )}
    </Stack>
  );
}
