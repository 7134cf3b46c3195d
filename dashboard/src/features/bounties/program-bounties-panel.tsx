import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BountiesPanel } from './bounties-panel';
import { SubmissionsQueue } from './submissions-queue';

type Props = { orgId: string; program: { id: string; currency: string; status: string }; canEdit: boolean };

/**
 * The program's Bounties tab: its bounties (list and form), then the review queue of their submissions. A tab of
 * the program rather than a page of its own: a bounty belongs to one program, and every new route adds to the
 * login page's bundle, which is at its budget.
 */
export function ProgramBountiesPanel({ orgId, program, canEdit }: Props) {
  const { t } = useTranslation('workflows', { keyPrefix: 'bounties' });
  return (
    <Stack gap="xl" maw={960}>
      <BountiesPanel orgId={orgId} program={program} canEdit={canEdit && program.status !== 'archived'} />
      <Stack gap="sm" component="section" aria-labelledby="bounty-queue-title">
        <Title order={2} fz="h4" id="bounty-queue-title">
          {t('queueTitle')}
        </Title>
        <SubmissionsQueue orgId={orgId} programId={program.id} canReview={canEdit} />
      </Stack>
    </Stack>
  );
}
