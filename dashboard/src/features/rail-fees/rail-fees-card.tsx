import { Stack } from '@mantine/core';
import { PayoutRail } from '@schema/enums';
import { useTranslation } from 'react-i18next';
import { type OrgRailFees, useSetRailFees } from './queries/rail-fees';
import { ReadOnlyFields } from '@/ui/read-only-fields';
import { type RailFeeChoice, RailFeesForm, useDescribeRailFee } from './rail-fees-form';
import { SectionCard } from '@/ui/section-card';

/**
 * What each rail costs the organization per item, charged on top of the affiliate's amount: its own contract's
 * fee, or the platform's default. Owners change it; finance and support read it. Proposals use it from then on.
 */
export function RailFeesCard({ orgId, fees, canEdit }: { orgId: string; fees: OrgRailFees; canEdit: boolean }) {
  const { t } = useTranslation('orgstripe');
  const save = useSetRailFees(orgId);
  const describe = useDescribeRailFee();
  const current = Object.fromEntries(
    PayoutRail.map((rail) => [rail, fees.source[rail] === 'organization' ? fees.fees[rail] : null]),
  ) as RailFeeChoice;

  return (
    <SectionCard title={t('fees.title')} description={t('fees.description')} maw={760} mt="lg" data-testid="rail-fees">
      <Stack gap="md">
        {!canEdit ? (
          <ReadOnlyFields
            fields={PayoutRail.map((rail) => ({
              label: t(`fees.rail.${rail}`),
              description: t(`fees.source.${fees.source[rail]}`),
              value: describe(fees.fees[rail]),
            }))}
          />
        ) : (
          <RailFeesForm
            current={current}
            fallback={fees.defaults}
            ownLabel={(rail) => t('fees.own', { rail })}
            ownHint={t('fees.source.organization')}
            fallbackHint={(fee) => t('fees.default', { fee })}
            save={save}
            onSave={(choice) => save.mutate(choice)}
          />
        )}
      </Stack>
    </SectionCard>
  );
}
