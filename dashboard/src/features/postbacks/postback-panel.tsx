import { Button, Select, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProgramLookup } from '@/features/organizations';
import { useIssuePostbackSecret } from './queries/program-postback-secret';
import { QueryState } from '@/ui/query-state';
import { CodeSample } from '@/ui/code-sample';
import { ConfirmModal } from '@/ui/confirm-modal';
import { postbackUrl } from '@/features/organizations';

/**
 * The S2S postback URL of one program. Its secret is shown only when issued, so the URL carries it right after
 * "Issue a secret"; issuing again replaces the old one (asked first, since live trackers would stop working).
 */
export function PostbackPanel({ orgId, origin, canManage }: { orgId: string; origin: string; canManage: boolean }) {
  const { t } = useTranslation('orgsetup');
  const programs = useProgramLookup(orgId);
  const issue = useIssuePostbackSecret(orgId);
  const [programId, setProgramId] = useState<string | null>(null);
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <QueryState query={programs}>
      {(items) => {
        if (items.length === 0) return <Text size="sm">{t('integrate.postback.needProgram')}</Text>;
        const selected = items.find((p) => p.id === programId) ?? items[0]!;
        const secret = issue.data?.programId === selected.id ? issue.data.postbackSecret : null;
        const run = () => issue.mutate(selected.id, { onSuccess: close });
        return (
          <Stack gap="sm">
            <Text size="sm">{t('integrate.postback.description')}</Text>
            <Select
              label={t('integrate.postback.program')}
              data={items.map((p) => ({ value: p.id, label: p.name }))}
              value={selected.id}
              onChange={setProgramId}
              allowDeselect={false}
              maw={420}
            />
            <CodeSample
              code={postbackUrl(origin, secret)}
              label={t('integrate.tabs.postback')}
              hint={secret ? t('integrate.postback.secretOnce') : t('integrate.postback.secretHidden')}
            />
            {canManage && (
              <Button
                variant="light"
                onClick={selected.hasPostbackSecret ? open : run}
                loading={issue.isPending}
                style={{ alignSelf: 'flex-start' }}
              >
                {t(selected.hasPostbackSecret ? 'integrate.postback.rotate' : 'integrate.postback.issue')}
              </Button>
            )}
            <ConfirmModal
              danger
              opened={opened}
              title={t('integrate.postback.rotateTitle')}
              message={t('integrate.postback.rotateBody', { name: selected.name })}
              confirmLabel={t('integrate.postback.rotateConfirm')}
              pending={issue.isPending}
              error={issue.error}
              onConfirm={run}
              onClose={close}
            />
          </Stack>
        );
      }}
    </QueryState>
  );
}
