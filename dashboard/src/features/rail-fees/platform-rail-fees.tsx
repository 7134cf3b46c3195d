import { Stack } from '@mantine/core';
import { BUILT_IN_RAIL_FEES } from '@domain/payout-rails';
import { PayoutRail } from '@schema/enums';
import { useTranslation } from 'react-i18next';
import { usePlatformAccess } from '@/lib/access/use-platform-access';
import { type PlatformSettings, useUpdatePlatformSettings } from '@/features/platform-settings';
import { type RailFeeChoice, RailFeesForm, useDescribeRailFee } from './rail-fees-form';
import { ReadOnlyFields } from '@/ui/read-only-fields';
import { SectionCard } from '@/ui/section-card';

/**
 * The platform's default fee of each rail, for organizations that set none of their own; a rail without one
 * costs the list price. Platform admins change it (the same form as an organization's own fees); support reads it.
 */
export function PlatformRailFees({ settings }: { settings: PlatformSettings }) {
  const { t } = useTranslation('platform');
  const { t: ts } = useTranslation('orgstripe');
  const { readOnly } = usePlatformAccess();
  const save = useUpdatePlatformSettings();
  const describe = useDescribeRailFee();
  const current = Object.fromEntries(
    PayoutRail.map((rail) => [rail, settings.railFees?.[rail] ?? null]),
  ) as RailFeeChoice;

  const submit = (choice: RailFeeChoice) => {
    const set = Object.fromEntries(PayoutRail.flatMap((rail) => (choice[rail] ? [[rail, choice[rail]]] : [])));
    // No rail set: back to the list prices.
    save.mutate({ railFees: Object.keys(set).length > 0 ? set : null });
  };

  return (
    <SectionCard
      title={t('settings.railFees.title')}
      description={t('settings.railFees.description')}
      maw={760}
      data-testid="platform-rail-fees"
    >
      <Stack gap="md">
        {readOnly ? (
          <ReadOnlyFields
            fields={PayoutRail.map((rail) => ({
              label: ts(`fees.rail.${rail}`),
              description: t(current[rail] ? 'settings.railFees.setHint' : 'settings.railFees.listPriceShort'),
              value: describe(current[rail] ?? BUILT_IN_RAIL_FEES[rail]),
            }))}
          />
        ) : (
          <RailFeesForm
            current={current}
            fallback={BUILT_IN_RAIL_FEES}
            ownLabel={(rail) => t('settings.railFees.own', { rail })}
            ownHint={t('settings.railFees.setHint')}
            fallbackHint={(fee) => t('settings.railFees.listPrice', { fee })}
            save={save}
            onSave={submit}
          />
        )}
      </Stack>
    </SectionCard>
  );
}
