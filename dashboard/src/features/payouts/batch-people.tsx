import { Alert, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatMoney } from '@/lib/format';
import { waitingStep } from './batch-providers';
import type { PayoutBatch, PayoutBatchDuties, PayoutBatchPerson, PayoutItem } from './queries/payout-batches';
import { SectionCard } from '@/ui/section-card';

const who = (p: PayoutBatchPerson) => (p.name ? `${p.name} (${p.email})` : p.email);

function Step({
  label,
  person,
  at,
  automatic,
  testId,
}: {
  label: string;
  person: PayoutBatchPerson | null;
  at: string | null;
  /** What did the step when no person did (the daily proposal, the auto-approval rule); unset: a person does it. */
  automatic?: string | undefined;
  testId: string;
}) {
  const { t, i18n } = useTranslation('finance');
  const done = person !== null || (automatic !== undefined && at !== null);
  return (
    <div data-testid={testId}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={done ? 600 : 400} c={done ? undefined : 'dimmed'} style={{ overflowWrap: 'anywhere' }}>
        {person ? who(person) : automatic && at ? automatic : t('batch.notYet')}
      </Text>
      {done && at && (
        <Text size="xs" c="dimmed">
          {formatDateTime(at, i18n.language)}
        </Text>
      )}
    </div>
  );
}

/**
 * Who proposed, approved and sent the batch (with when), the payout rule it follows, and who may
 * take its next step: everything comes from the API's duties view, so the rule lives in one place.
 */
export function BatchPeople({
  batch,
  duties,
  items,
}: {
  batch: PayoutBatch;
  duties: PayoutBatchDuties;
  /** The batch's items: once it went out, the next step names whose results are awaited. */
  items: PayoutItem[];
}) {
  const { t, i18n } = useTranslation('finance');
  const list = new Intl.ListFormat(i18n.language, { type: 'disjunction' });
  const people = duties.eligible.map(who);
  const step = duties.nextStep;
  const actionable = step === 'approve' || step === 'send';
  // Approved by the advertiser's auto-approval rule (no approver): the rule and its limit say why, not four eyes.
  const autoLimit =
    batch.autoApprovedLimitMinor === null
      ? null
      : formatMoney(batch.autoApprovedLimitMinor, batch.currency, i18n.language);
  const next =
    actionable && people.length === 0
      ? t('batch.next.nobody')
      : actionable
        ? t(`batch.next.${step}`, { people: list.format([...people, t('batch.next.orStaff')]) })
        : step === 'wait_for_paypal'
          ? waitingStep(t, items, i18n.language)
          : t(`batch.next.${step}`);
  return (
    <SectionCard title={t('batch.people')} id="batch-people-title">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <Step
            label={t('batch.proposedBy')}
            person={duties.proposedBy}
            at={batch.proposedAt}
            automatic={t('batch.automatic')}
            testId="proposed-by"
          />
          <Step
            label={t('batch.approvedBy')}
            person={duties.approvedBy}
            at={batch.approvedAt}
            automatic={autoLimit === null ? undefined : t('batch.autoApproved', { limit: autoLimit })}
            testId="approved-by"
          />
          <Step label={t('batch.sentBy')} person={duties.sentBy} at={batch.sentAt} testId="sent-by" />
        </SimpleGrid>
        <Text size="xs" c="dimmed" data-testid="payout-rule">
          {autoLimit !== null
            ? t('batch.ruleAuto', { limit: autoLimit })
            : duties.rule === 'three_people'
              ? t('batch.ruleThree')
              : t('batch.ruleTwo')}
        </Text>
        <Alert
          color={actionable && people.length === 0 ? 'orange' : undefined}
          variant="light"
          data-testid="next-step"
          p="xs"
        >
          <Text size="sm">{next}</Text>
        </Alert>
      </Stack>
    </SectionCard>
  );
}
