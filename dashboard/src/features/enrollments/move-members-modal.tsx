import { Button, Group, Modal, MultiSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrgEnrollments } from './queries/org-enrollments';
import { type ProgramGroup, useMoveToGroup } from './queries/program-groups';
import { LoadingState } from '@/ui/loading-state';
import { ErrorState } from '@/ui/error-state';
import { affiliateName } from './affiliate-name';
import { ActionError } from '@/ui/action-error';
import { notifyDone } from '@/lib/notify-done';

const MAX_MOVE = 500;

/** Picks affiliates of the program from other groups and moves them into this one, all or none. */
export function MoveMembersModal({
  orgId,
  programId,
  group,
  onClose,
}: {
  orgId: string;
  programId: string;
  group: ProgramGroup;
  onClose: () => void;
}) {
  const { t } = useTranslation('groups');
  const enrollments = useOrgEnrollments(orgId, { programId });
  const move = useMoveToGroup(orgId, programId);
  const [picked, setPicked] = useState<string[]>([]);
  const candidates = (enrollments.data?.pages.flatMap((page) => page.items) ?? []).filter(
    (e) => e.group.id !== group.id,
  );
  const options = candidates.map((e) => ({
    value: e.id,
    label: t('move.option', { name: affiliateName(e.affiliate), email: e.affiliate.email, group: e.group.name }),
  }));
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('move.title', { name: group.name })}
      size="lg"
      closeButtonProps={{ 'aria-label': t('form.close') }}
    >
      <Stack gap="md">
        <Text size="sm">{t('move.explain')}</Text>
        {enrollments.isPending ? (
          <LoadingState />
        ) : enrollments.isError ? (
          <ErrorState error={enrollments.error} onRetry={() => void enrollments.refetch()} />
        ) : options.length === 0 && !enrollments.hasNextPage ? (
          <Text size="sm" c="dimmed">
            {t('move.nobody')}
          </Text>
        ) : (
          <>
            <MultiSelect
              label={t('move.affiliates')}
              placeholder={picked.length === 0 ? t('move.placeholder') : undefined}
              data={options}
              value={picked}
              onChange={setPicked}
              searchable
              clearable
              maxValues={MAX_MOVE}
              nothingFoundMessage={t('move.nothingFound')}
              comboboxProps={{ withinPortal: true }}
              data-autofocus
            />
            {enrollments.hasNextPage && (
              <Button
                variant="subtle"
                size="compact-sm"
                loading={enrollments.isFetchingNextPage}
                onClick={() => void enrollments.fetchNextPage()}
                style={{ alignSelf: 'flex-start' }}
              >
                {t('move.loadMore')}
              </Button>
            )}
          </>
        )}
        <ActionError error={move.error} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('form.cancel')}
          </Button>
          <Button
            disabled={picked.length === 0}
            loading={move.isPending}
            onClick={() =>
              move.mutate(
                { groupId: group.id, enrollmentIds: picked },
                {
                  onSuccess: (result) => {
                    notifyDone(t('move.done', { count: result.moved.length, name: group.name }));
                    onClose();
                  },
                },
              )
            }
          >
            {t('move.confirm', { count: picked.length })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
