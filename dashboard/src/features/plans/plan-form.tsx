import { Button, Checkbox, Group, Modal, Select, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { ExactNumberInput } from '@/ui/exact-number-input';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMinorUnits } from '@domain/format-minor-units';
import { suggestedYearlyPrice } from '@domain/plan-limits';
import type { CreatePlanBody, PlatformPlan } from './queries/plans';
import { ErrorState } from '@/ui/error-state';
import { MoneyInput } from '@/ui/money-input';
import { CURRENCIES, minorOf } from '@/features/programs';

const NUMERIC = [
  'maxClicksMonthly',
  'maxPrograms',
  'maxAffiliates',
  'customDomains',
  'maxCampaignSendsMonthly',
  'maxEditions',
] as const;
type NumericLimit = (typeof NUMERIC)[number];
const LABEL: Record<
  NumericLimit,
  'clicks' | 'programs' | 'affiliates' | 'customDomains' | 'campaignSends' | 'editions'
> = {
  maxClicksMonthly: 'clicks',
  maxPrograms: 'programs',
  maxAffiliates: 'affiliates',
  customDomains: 'customDomains',
  maxCampaignSendsMonthly: 'campaignSends',
  maxEditions: 'editions',
};
const CODE = /^[a-z0-9][a-z0-9-]{0,39}$/;

type Draft = {
  code: string;
  name: string;
  currency: string;
  monthly: string;
  yearly: string;
  whiteLabel: boolean;
  limits: Record<NumericLimit, { unlimited: boolean; value: number | string }>;
};

function draftOf(plan: PlatformPlan | null): Draft {
  const currency = plan?.currency ?? 'USD';
  const limit = (v: number | null | undefined) => ({ unlimited: v === null, value: v ?? 0 });
  return {
    code: plan?.code ?? '',
    name: plan?.name ?? '',
    currency,
    monthly: plan ? formatMinorUnits(plan.monthlyPriceMinor, currency) : '',
    yearly: plan ? formatMinorUnits(plan.yearlyPriceMinor, currency) : '',
    whiteLabel: plan?.whiteLabel ?? false,
    limits: {
      maxClicksMonthly: limit(plan ? plan.maxClicksMonthly : 10_000),
      maxPrograms: limit(plan ? plan.maxPrograms : 1),
      maxAffiliates: limit(plan ? plan.maxAffiliates : 10),
      customDomains: limit(plan ? plan.customDomains : 0),
      maxCampaignSendsMonthly: limit(plan ? plan.maxCampaignSendsMonthly : null),
      maxEditions: limit(plan ? plan.maxEditions : null),
    },
  };
}

const isCount = (v: number | string) => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/**
 * Creates or edits a plan: prices typed in major units and sent in minor units; the yearly price is
 * offered at twelve months less 20 % (the server's own rule); every numeric limit can be unlimited.
 */
export function PlanFormModal({
  plan,
  opened,
  onClose,
  onSubmit,
  pending,
  error,
}: {
  plan: PlatformPlan | null;
  opened: boolean;
  onClose: () => void;
  onSubmit: (body: CreatePlanBody) => void;
  pending: boolean;
  error: Error | null;
}) {
  const { t, i18n } = useTranslation('plans');
  const [draft, setDraft] = useState<Draft>(() => draftOf(plan));
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const monthlyMinor = minorOf(draft.monthly, draft.currency);
  const yearlyMinor = draft.yearly.trim() === '' ? null : minorOf(draft.yearly, draft.currency);
  const suggestion = monthlyMinor === null ? null : suggestedYearlyPrice(monthlyMinor);
  const codeOk = CODE.test(draft.code);
  const limitsOk = NUMERIC.every((k) => draft.limits[k].unlimited || isCount(draft.limits[k].value));
  const yearlyOk = draft.yearly.trim() === '' || yearlyMinor !== null;
  const valid = codeOk && draft.name.trim() !== '' && monthlyMinor !== null && yearlyOk && limitsOk;

  const submit = () => {
    if (!valid || monthlyMinor === null) return;
    const limit = (k: NumericLimit) => (draft.limits[k].unlimited ? null : Number(draft.limits[k].value));
    onSubmit({
      code: draft.code,
      name: draft.name.trim(),
      currency: draft.currency,
      monthlyPriceMinor: monthlyMinor,
      ...(yearlyMinor !== null ? { yearlyPriceMinor: yearlyMinor } : {}),
      maxClicksMonthly: limit('maxClicksMonthly'),
      maxPrograms: limit('maxPrograms'),
      maxAffiliates: limit('maxAffiliates'),
      customDomains: limit('customDomains'),
      maxCampaignSendsMonthly: limit('maxCampaignSendsMonthly'),
      maxEditions: limit('maxEditions'),
      whiteLabel: draft.whiteLabel,
    });
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={plan ? t('editor.editTitle', { name: plan.name }) : t('editor.createTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('editor.cancel') }}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap="md">
          {error && <ErrorState error={error} />}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('editor.name')}
              required
              value={draft.name}
              onChange={(e) => set({ name: e.currentTarget.value })}
            />
            <TextInput
              label={t('editor.code')}
              description={t('editor.codeHint')}
              required
              value={draft.code}
              onChange={(e) => set({ code: e.currentTarget.value.trim() })}
              error={draft.code !== '' && !codeOk ? t('editor.invalidCode') : undefined}
            />
            <Select
              label={t('editor.currency')}
              data={CURRENCIES}
              value={draft.currency}
              onChange={(v) => v && set({ currency: v })}
              searchable
              allowDeselect={false}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <MoneyInput
              currency={draft.currency}
              label={t('editor.monthlyPrice')}
              required
              value={draft.monthly}
              onChange={(e) => set({ monthly: e.currentTarget.value })}
              error={draft.monthly !== '' && monthlyMinor === null ? t('editor.invalidPrice') : undefined}
            />
            <Stack gap={4}>
              <MoneyInput
                currency={draft.currency}
                label={t('editor.yearlyPrice')}
                value={draft.yearly}
                onChange={(e) => set({ yearly: e.currentTarget.value })}
                error={!yearlyOk ? t('editor.invalidPrice') : undefined}
                description={
                  suggestion !== null
                    ? t('editor.yearlySuggestion', {
                        price: `${formatMinorUnits(suggestion, draft.currency)} ${draft.currency}`,
                      })
                    : undefined
                }
              />
              {suggestion !== null && (
                <Button
                  variant="subtle"
                  size="compact-sm"
                  w="fit-content"
                  onClick={() => set({ yearly: formatMinorUnits(suggestion, draft.currency) })}
                >
                  {t('editor.useSuggestion')}
                </Button>
              )}
            </Stack>
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {NUMERIC.map((k) => {
              const l = draft.limits[k];
              return (
                <Stack key={k} gap={4}>
                  <ExactNumberInput
                    label={t(`limits.${LABEL[k]}`)}
                    min={0}
                    thousandSeparator={i18n.language === 'ru' ? ' ' : ','}
                    disabled={l.unlimited}
                    value={l.unlimited ? '' : l.value}
                    onChange={(value) => set({ limits: { ...draft.limits, [k]: { ...l, value } } })}
                    error={!l.unlimited && !isCount(l.value) ? t('editor.invalid') : undefined}
                  />
                  <Checkbox
                    label={t('editor.unlimited')}
                    checked={l.unlimited}
                    onChange={(e) => {
                      const unlimited = e.currentTarget.checked;
                      set({ limits: { ...draft.limits, [k]: { ...l, unlimited } } });
                    }}
                  />
                </Stack>
              );
            })}
          </SimpleGrid>
          <Switch
            label={t('limits.whiteLabel')}
            checked={draft.whiteLabel}
            onChange={(e) => set({ whiteLabel: e.currentTarget.checked })}
          />
          {!valid && draft.name !== '' && (
            <Text size="sm" c="dimmed">
              {t('editor.invalid')}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('editor.cancel')}
            </Button>
            <Button type="submit" disabled={!valid} loading={pending}>
              {t('editor.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
