import { Button, Group, Radio, Select, Stack, Text } from '@mantine/core';
import { PayoutScheduleKind } from '@schema/enums';
import { formatMinorUnits } from '@domain/format-minor-units';
import { MONTHLY_DAY_MAX, MONTHLY_DAY_MIN } from '@domain/payout-schedule';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { minorOf } from '@/features/programs';
import { formatDateTime } from '@/lib/format';
import { notifyDone } from '@/lib/notify-done';
import { ErrorState } from '@/ui/error-state';
import { MoneyInput } from '@/ui/money-input';
import { QueryState } from '@/ui/query-state';
import { ReadOnlyFields } from '@/ui/read-only-fields';
import { SectionCard } from '@/ui/section-card';
import {
  type ProgramPayoutSchedule,
  type SetProgramPayoutSchedule,
  useProgramPayoutSchedule,
  useSetProgramPayoutSchedule,
} from './queries/payout-schedules';

const DAYS = Array.from({ length: MONTHLY_DAY_MAX - MONTHLY_DAY_MIN + 1 }, (_, i) => String(MONTHLY_DAY_MIN + i));

/**
 * A program's payout schedule (when the daily 04:30 UTC proposal takes its balances) and its next run. Owners and
 * admins change it; finance and support read it.
 */
export function PayoutScheduleSection({
  orgId,
  programId,
  canEdit,
}: {
  orgId: string;
  programId: string;
  canEdit: boolean;
}) {
  const { t } = useTranslation('finance');
  const query = useProgramPayoutSchedule(orgId, programId);
  return (
    <SectionCard
      title={t('schedule.title')}
      description={t('schedule.description')}
      maw={760}
      mt="lg"
      data-testid="payout-schedule"
    >
      <QueryState query={query} skeleton="detail">
        {(schedule) => (
          <ScheduleForm key={schedule.updatedAt ?? 'default'} orgId={orgId} schedule={schedule} canEdit={canEdit} />
        )}
      </QueryState>
    </SectionCard>
  );
}

function ScheduleForm({
  orgId,
  schedule,
  canEdit,
}: {
  orgId: string;
  schedule: ProgramPayoutSchedule;
  canEdit: boolean;
}) {
  const { t, i18n } = useTranslation('finance');
  const save = useSetProgramPayoutSchedule(orgId, schedule.programId);
  const [kind, setKind] = useState(schedule.kind);
  const [day, setDay] = useState(String(schedule.dayOfMonth ?? 1));
  const [threshold, setThreshold] = useState(
    schedule.thresholdMinor === null ? '' : formatMinorUnits(schedule.thresholdMinor, schedule.currency),
  );
  const thresholdMinor = minorOf(threshold, schedule.currency);
  const thresholdError =
    kind === 'threshold' && threshold !== '' && (thresholdMinor === null || thresholdMinor <= 0)
      ? t('schedule.thresholdInvalid')
      : undefined;
  const next = schedule.nextRunAt ? formatDateTime(schedule.nextRunAt, i18n.language) : null;
  const nextLine = (
    <Text size="sm" data-testid="payout-schedule-next">
      {next ? t('schedule.next', { date: next }) : t('schedule.noNext')}
    </Text>
  );
  const describe = (s: ProgramPayoutSchedule) =>
    s.kind === 'monthly'
      ? t('schedule.summary.monthly', { day: s.dayOfMonth })
      : s.kind === 'threshold'
        ? t('schedule.summary.threshold', {
            amount: `${formatMinorUnits(s.thresholdMinor ?? 0, s.currency)} ${s.currency}`,
          })
        : t(`schedule.summary.${s.kind}`);

  if (!canEdit)
    return (
      <Stack gap="sm">
        <ReadOnlyFields fields={[{ label: t('schedule.kindLabel'), value: describe(schedule) }]} />
        {nextLine}
      </Stack>
    );

  const body = (): SetProgramPayoutSchedule | null => {
    if (kind === 'monthly') return { kind, dayOfMonth: Number(day) };
    if (kind === 'threshold') return thresholdMinor && thresholdMinor > 0 ? { kind, thresholdMinor } : null;
    return { kind };
  };
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const b = body();
    if (b) save.mutate(b, { onSuccess: () => notifyDone(t('schedule.saved')) });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {save.isError && <ErrorState error={save.error} />}
        <Radio.Group
          label={t('schedule.kindLabel')}
          value={kind}
          onChange={(v) => setKind(v as ProgramPayoutSchedule['kind'])}
        >
          <Stack gap="sm" mt="xs">
            {PayoutScheduleKind.map((k) => (
              <Radio
                key={k}
                value={k}
                label={t(`schedule.kind.${k}`)}
                description={t(`schedule.kindHint.${k}`)}
                data-testid={`payout-schedule-${k}`}
              />
            ))}
          </Stack>
        </Radio.Group>
        {kind === 'monthly' && (
          <Select
            label={t('schedule.day')}
            description={t('schedule.dayHint')}
            data={DAYS}
            value={day}
            onChange={(v) => v && setDay(v)}
            allowDeselect={false}
            maw={200}
            data-testid="payout-schedule-day"
          />
        )}
        {kind === 'threshold' && (
          <MoneyInput
            currency={schedule.currency}
            label={t('schedule.threshold')}
            description={t('schedule.thresholdHint')}
            required
            value={threshold}
            onChange={(e) => setThreshold(e.currentTarget.value)}
            error={thresholdError}
            maw={280}
            data-testid="payout-schedule-threshold"
          />
        )}
        {nextLine}
        <Group>
          <Button type="submit" loading={save.isPending} disabled={body() === null} data-testid="payout-schedule-save">
            {t('schedule.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
