import { Button, Group, List, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '@/lib/format';
import {
  type PayoutBatch,
  type PayoutBatchActionState,
  type PayoutBatchDuties,
  useBatchAction,
} from './queries/payout-batches';
import { ActionError } from './payout-action-error';
import { providerName } from './batch-providers';
import { ConfirmActionButton } from './confirm-action-button';
import { notifyDone } from '@/lib/notify-done';

type Action = 'approve' | 'send' | 'cancel';
type Reason = NonNullable<PayoutBatchActionState['reason']>;

/** Reasons that mean "not at this stage": such an action is not offered at all. */
const HIDDEN: ReadonlySet<Reason> = new Set(['status', 'empty']);

/** What the page does with an action for this person: offer it, show it disabled with why, or leave it out. */
export function actionOffer(duties: PayoutBatchDuties, action: Action | 'exclude') {
  const state = duties.allowedActions.find((a) => a.action === action);
  if (!state || (state.reason && HIDDEN.has(state.reason))) return { kind: 'hidden' as const };
  return state.allowed ? { kind: 'enabled' as const } : { kind: 'disabled' as const, reason: state.reason! };
}

function DisabledAction({ label, why, id }: { label: string; why: string; id: string }) {
  // Mantine's pattern for a disabled button with a tooltip: data-disabled keeps it focusable and
  // hoverable (a real disabled button gets neither), and the click does nothing.
  return (
    <Tooltip label={why} multiline w={280} withArrow events={{ hover: true, focus: true, touch: true }}>
      <Button
        data-disabled
        aria-disabled
        aria-describedby={id}
        onClick={(event) => event.preventDefault()}
        data-testid="disabled-action"
      >
        {label}
      </Button>
    </Tooltip>
  );
}

/**
 * Approve, send or cancel, as the API's allowedActions say for this person: offered when allowed
 * (each confirmed first), shown disabled with the reason when a rule or role stands in the way,
 * and left out when the batch is past that stage.
 */
export function BatchActions({
  orgId,
  batch,
  duties,
}: {
  orgId: string;
  batch: PayoutBatch;
  duties: PayoutBatchDuties;
}) {
  const { t, i18n } = useTranslation('finance');
  const approve = useBatchAction(orgId, batch.id, 'approve');
  const send = useBatchAction(orgId, batch.id, 'send');
  const cancel = useBatchAction(orgId, batch.id, 'cancel');
  const run = (action: typeof approve, done: Action) => async () => {
    for (const other of [approve, send, cancel]) other.reset();
    await action.mutateAsync();
    notifyDone(t(`done.${done}`));
  };
  const total = formatMoney(batch.totalMinor, batch.currency, i18n.language);
  const error = approve.error ?? send.error ?? cancel.error;
  const offers = {
    approve: actionOffer(duties, 'approve'),
    send: actionOffer(duties, 'send'),
    cancel: actionOffer(duties, 'cancel'),
  };
  // Which rails still need an account, in the reader's words: the batch may hold items on several.
  const rails = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(
    duties.unconfiguredRails.map((rail) => providerName(t, rail)),
  );
  const why = (reason: string) => t(`batch.why.${reason as 'role'}`, { rails });
  const reasons = [...new Set(Object.values(offers).flatMap((o) => (o.kind === 'disabled' ? [why(o.reason)] : [])))];
  if (Object.values(offers).every((o) => o.kind === 'hidden')) return null;
  const whyOf = (action: Action) => {
    const o = offers[action];
    return o.kind === 'disabled' ? why(o.reason) : '';
  };
  return (
    <Stack gap="sm" w="100%">
      <Group gap="sm">
        {offers.approve.kind === 'enabled' && (
          <ConfirmActionButton
            label={t('batch.approve')}
            title={t('confirm.approveTitle')}
            body={t('confirm.approveBody')}
            loading={approve.isPending}
            onConfirm={run(approve, 'approve')}
          />
        )}
        {offers.approve.kind === 'disabled' && (
          <DisabledAction label={t('batch.approve')} why={whyOf('approve')} id="batch-actions-why" />
        )}
        {offers.send.kind === 'enabled' && (
          <ConfirmActionButton
            label={t('batch.send')}
            title={t('confirm.sendTitle')}
            body={
              <Stack gap="xs">
                <Text size="sm">{t('confirm.sendBody', { count: batch.itemCount })}</Text>
                <Text fw={700} data-testid="send-total">
                  {t('confirm.sendTotal', { total })}
                </Text>
              </Stack>
            }
            loading={send.isPending}
            onConfirm={run(send, 'send')}
          />
        )}
        {offers.send.kind === 'disabled' && (
          <DisabledAction label={t('batch.send')} why={whyOf('send')} id="batch-actions-why" />
        )}
        {offers.cancel.kind === 'enabled' && (
          <ConfirmActionButton
            label={t('batch.cancel')}
            title={t('confirm.cancelTitle')}
            body={t('confirm.cancelBody')}
            color="red"
            variant="light"
            loading={cancel.isPending}
            onConfirm={run(cancel, 'cancel')}
          />
        )}
        {offers.cancel.kind === 'disabled' && (
          <DisabledAction label={t('batch.cancel')} why={whyOf('cancel')} id="batch-actions-why" />
        )}
      </Group>
      {reasons.length > 0 && (
        <Stack gap={2} id="batch-actions-why" data-testid="action-reasons">
          <Text size="sm" fw={600}>
            {t('batch.unavailable')}
          </Text>
          <List size="sm" spacing={2}>
            {reasons.map((r) => (
              <List.Item key={r}>{r}</List.Item>
            ))}
          </List>
        </Stack>
      )}
      <ActionError error={error} />
    </Stack>
  );
}
