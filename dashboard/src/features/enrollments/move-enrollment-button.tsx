import { ActionIcon, Button, Group, Modal, Select, Stack, Text, Tooltip } from '@mantine/core';
import { IconArrowsExchange } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Enrollment } from './queries/org-enrollments';
import { useMoveToGroup, useProgramGroups } from './queries/program-groups';
import { ErrorState } from '@/ui/error-state';
import { LoadingState } from '@/ui/loading-state';
import { affiliateName } from './affiliate-name';
import { ActionError } from '@/ui/action-error';
import { notifyDone } from '@/lib/notify-done';

/** "Move to group…" for one affiliate (an icon beside its group's badge): a group of its program, from now on. */
export function MoveEnrollmentButton({ orgId, enrollment }: { orgId: string; enrollment: Enrollment }) {
  const { t } = useTranslation('groups');
  const [opened, setOpened] = useState(false);
  const name = affiliateName(enrollment.affiliate);
  return (
    <>
      <Tooltip label={t('moveOne.button')} withArrow>
        {/* 44 px square: a finger's target on the phone cards of the affiliates list (its Enrolled tab). */}
        <ActionIcon
          variant="subtle"
          color="gray"
          size={44}
          onClick={() => setOpened(true)}
          aria-label={t('moveOne.of', { name })}
        >
          <IconArrowsExchange size={16} aria-hidden />
        </ActionIcon>
      </Tooltip>
      {opened && <MoveEnrollmentModal orgId={orgId} enrollment={enrollment} onClose={() => setOpened(false)} />}
    </>
  );
}

function MoveEnrollmentModal({
  orgId,
  enrollment,
  onClose,
}: {
  orgId: string;
  enrollment: Enrollment;
  onClose: () => void;
}) {
  const { t } = useTranslation('groups');
  const groups = useProgramGroups(orgId, enrollment.programId);
  const move = useMoveToGroup(orgId, enrollment.programId);
  const [groupId, setGroupId] = useState<string | null>(enrollment.group.id);
  const name = affiliateName(enrollment.affiliate);
  const target = groups.data?.find((g) => g.id === groupId);
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('moveOne.title', { name })}
      closeButtonProps={{ 'aria-label': t('form.close') }}
    >
      <Stack gap="md">
        <Text size="sm">{t('moveOne.explain', { program: enrollment.programName, group: enrollment.group.name })}</Text>
        {groups.isPending ? (
          <LoadingState />
        ) : groups.isError ? (
          <ErrorState error={groups.error} onRetry={() => void groups.refetch()} />
        ) : (
          <Select
            label={t('moveOne.group')}
            data={groups.data.map((g) => ({ value: g.id, label: g.name }))}
            value={groupId}
            onChange={setGroupId}
            allowDeselect={false}
            data-autofocus
          />
        )}
        <ActionError error={move.error} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('form.cancel')}
          </Button>
          <Button
            disabled={!target || target.id === enrollment.group.id}
            loading={move.isPending}
            onClick={() =>
              target &&
              move.mutate(
                { groupId: target.id, enrollmentIds: [enrollment.id] },
                {
                  onSuccess: () => {
                    notifyDone(t('moveOne.done', { name, group: target.name }));
                    onClose();
                  },
                },
              )
            }
          >
            {t('moveOne.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
