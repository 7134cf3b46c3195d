import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '@/lib/format';
import { type PayoutProposal, useProposePayouts } from './queries/payout-batches';
import { ActionError } from './payout-action-error';

/** The outcome of a proposal in sentences: what was created or extended, and who was left out and why. */
function ProposalResult({ result, onClose }: { result: PayoutProposal; onClose: () => void }) {
  const { t, i18n } = useTranslation('finance');
  const money = (minor: number, currency: string) => formatMoney(minor, currency, i18n.language);
  const made = result.batches.map((b) =>
    b.created
      ? t('batches.resultCreated', { count: b.itemCount, currency: b.currency, total: money(b.totalMinor, b.currency) })
      : t('batches.resultExtended', {
          count: b.itemCount,
          currency: b.currency,
          total: money(b.totalMinor, b.currency),
          added: b.itemsAdded,
        }),
  );
  const left = result.unproposed.flatMap((u) => [
    ...(u.noVerifiedPaypal > 0 ? [t('batches.leftNoPaypal', { count: u.noVerifiedPaypal, currency: u.currency })] : []),
    ...(u.belowMinimum > 0 ? [t('batches.leftBelowMinimum', { count: u.belowMinimum, currency: u.currency })] : []),
  ]);
  const nothing = made.length === 0;
  return (
    <Alert
      color={nothing ? undefined : 'green'}
      variant="light"
      title={nothing ? t('batches.resultNothing') : t('batches.resultTitle')}
      withCloseButton
      closeButtonLabel={t('notice.close')}
      onClose={onClose}
      role="status"
      data-testid="proposal-result"
    >
      <Stack gap={4}>
        {made.map((m) => (
          <Text size="sm" key={m}>
            {m}
          </Text>
        ))}
        {left.length > 0 ? (
          <List size="sm" spacing={2}>
            {left.map((l) => (
              <List.Item key={l}>{l}</List.Item>
            ))}
          </List>
        ) : (
          nothing && <Text size="sm">{t('batches.leftNone')}</Text>
        )}
      </Stack>
    </Alert>
  );
}

/**
 * "Propose now": the button asks first (what a proposal does, and that nothing is paid yet); the
 * outcome says what it did and stays on the page until closed. Two parts, placed by the page.
 */
export function useProposeNow(orgId: string) {
  const { t } = useTranslation('finance');
  const [opened, { open, close }] = useDisclosure(false);
  const propose = useProposePayouts(orgId);
  const [result, setResult] = useState<PayoutProposal | null>(null);
  const confirm = async () => {
    setResult(null);
    try {
      setResult(await propose.mutateAsync());
    } finally {
      close();
    }
  };
  return {
    button: (
      <>
        <Button onClick={open} mt="auto">
          {t('batches.propose')}
        </Button>
        <Modal
          opened={opened}
          onClose={close}
          title={t('batches.proposeTitle')}
          centered
          closeButtonProps={{ 'aria-label': t('notice.close') }}
        >
          <Stack gap="md">
            <Text size="sm">{t('batches.proposeBody')}</Text>
            <Text size="sm" fw={600}>
              {t('batches.proposeSafe')}
            </Text>
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close}>
                {t('confirm.back')}
              </Button>
              <Button loading={propose.isPending} onClick={() => void confirm().catch(() => undefined)}>
                {t('batches.proposeConfirm')}
              </Button>
            </Group>
          </Stack>
        </Modal>
      </>
    ),
    outcome: (
      <>
        {propose.error && <ActionError error={propose.error} />}
        {result && <ProposalResult result={result} onClose={() => setResult(null)} />}
      </>
    ),
  };
}
