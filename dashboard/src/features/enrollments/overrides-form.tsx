import { Button, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { ExactNumberInput } from '@/ui/exact-number-input';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { currencyDecimals, formatMinorUnits } from '@domain/format-minor-units';
import { ApiError } from '@/lib/api/api-error';
import { type Enrollment, useUpdateEnrollment } from './queries/org-enrollments';
import type { Program } from '@/features/programs';
import { ActionError } from '@/ui/action-error';
import { MoneyInput } from '@/ui/money-input';
import { PercentInput } from '@/ui/percent-input';
import { minorOf } from '@/features/programs';
import { notifyDone } from '@/lib/notify-done';

type OverridesValues = { ratePercent: number | string; fixed: string; holdDays: number | string; couponCode: string };

const COUPON = /^[A-Z0-9]{4,32}$/;

/** This affiliate's own rate, fixed amount and hold (blank: the program's), and its coupon code. */
export function OverridesForm({
  orgId,
  enrollment,
  program,
}: {
  orgId: string;
  enrollment: Enrollment;
  program: Program;
}) {
  const { t } = useTranslation('orgprograms');
  const update = useUpdateEnrollment(orgId);
  const form = useForm<OverridesValues>({
    validateInputOnBlur: true,
    initialValues: {
      ratePercent: enrollment.rateOverrideBps === null ? '' : enrollment.rateOverrideBps / 100,
      fixed:
        enrollment.fixedOverrideMinor === null ? '' : formatMinorUnits(enrollment.fixedOverrideMinor, program.currency),
      holdDays: enrollment.holdDaysOverride ?? '',
      couponCode: enrollment.couponCode ?? '',
    },
    validate: {
      ratePercent: (v) => (v !== '' && !(Number(v) >= 0 && Number(v) <= 100) ? t('errors.percent') : null),
      fixed: (v) => (v.trim() && minorOf(v, program.currency) === null ? t('errors.amount') : null),
      holdDays: (v) =>
        v !== '' && !(Number.isInteger(Number(v)) && Number(v) >= 0 && Number(v) <= 3650) ? t('errors.days') : null,
      couponCode: (v) => (v.trim() && !COUPON.test(v.trim().toUpperCase()) ? t('errors.coupon') : null),
    },
  });
  const couponTaken = update.error instanceof ApiError && update.error.code === 'coupon_code_taken';
  const usesRate = program.commissionType !== 'fixed';
  const usesFixed = program.commissionType !== 'percent';
  return (
    <Paper withBorder p="lg" radius="md">
      <form
        noValidate
        onSubmit={form.onSubmit((v) =>
          update.mutate(
            {
              enrollmentId: enrollment.id,
              changes: {
                rateOverrideBps: usesRate && v.ratePercent !== '' ? Math.round(Number(v.ratePercent) * 100) : null,
                fixedOverrideMinor: usesFixed && v.fixed.trim() ? minorOf(v.fixed, program.currency) : null,
                holdDaysOverride: v.holdDays === '' ? null : Number(v.holdDays),
                couponCode: v.couponCode.trim() ? v.couponCode.trim().toUpperCase() : null,
              },
            },
            { onSuccess: () => notifyDone(t('overrides.saved')) },
          ),
        )}
      >
        <Stack gap="md">
          <div>
            <Title order={2} fz="h4">
              {t('overrides.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('overrides.description')}
            </Text>
          </div>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            {usesRate && (
              <PercentInput
                label={t('overrides.rate')}
                placeholder={t('overrides.programValue', {
                  value: program.commissionRateBps === null ? '—' : `${program.commissionRateBps / 100} %`,
                })}
                {...form.getInputProps('ratePercent')}
              />
            )}
            {usesFixed && (
              <MoneyInput
                label={t(program.payoutModel === 'cpc' ? 'overrides.cpcRate' : 'overrides.fixed')}
                currency={program.currency}
                placeholder={t('overrides.programValue', {
                  value:
                    program.commissionFixedMinor === null
                      ? '—'
                      : formatMinorUnits(program.commissionFixedMinor, program.currency),
                })}
                description={currencyDecimals(program.currency) === 0 ? t('overrides.noDecimals') : undefined}
                {...form.getInputProps('fixed')}
              />
            )}
            <ExactNumberInput
              label={t('overrides.hold')}
              placeholder={t('overrides.programValue', { value: String(program.holdDays) })}
              min={0}
              max={3650}
              {...form.getInputProps('holdDays')}
            />
            <TextInput
              label={t('overrides.coupon')}
              description={t('overrides.couponHint')}
              autoCapitalize="characters"
              {...form.getInputProps('couponCode')}
              error={couponTaken ? t('errors.couponTaken') : form.errors.couponCode}
            />
          </SimpleGrid>
          {!couponTaken && <ActionError error={update.error} />}
          <Group>
            <Button type="submit" loading={update.isPending}>
              {t('overrides.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
