import { Checkbox, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '@/lib/format';
import type { EditionApp } from './queries/my-editions';
import type { EditionWizardValues } from './edition-wizard-values';

type Offer = EditionApp['plans'][number];

/** Which of the app's plans the edition sells, each at a price inside the advertiser's bounds (shown beside it). */
export function WizardPlansStep({ form, app }: { form: UseFormReturnType<EditionWizardValues>; app: EditionApp }) {
  const { t } = useTranslation('editions');
  if (app.plans.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('wizard.plans.none')}
      </Text>
    );
  const toggle = (code: string, on: boolean) =>
    form.setFieldValue(
      'planCodes',
      on ? [...form.values.planCodes, code] : form.values.planCodes.filter((c) => c !== code),
    );
  return (
    <Stack gap="sm" maw={640}>
      <Text size="sm" c="dimmed">
        {t('wizard.plans.hint')}
      </Text>
      {form.errors.planCodes && (
        <Text size="sm" c="red.8" role="alert">
          {form.errors.planCodes}
        </Text>
      )}
      {app.plans.map((offer, index) => (
        <PlanRow
          key={offer.code}
          offer={offer}
          index={index}
          form={form}
          selected={form.values.planCodes.includes(offer.code)}
          onToggle={(on) => toggle(offer.code, on)}
        />
      ))}
    </Stack>
  );
}

function PlanRow({
  offer,
  index,
  form,
  selected,
  onToggle,
}: {
  offer: Offer;
  /** The offer's place in the app's list, which keys its price field. */
  index: number;
  form: UseFormReturnType<EditionWizardValues>;
  selected: boolean;
  onToggle: (on: boolean) => void;
}) {
  const { t, i18n } = useTranslation('editions');
  const money = (minor: number) => formatMoney(minor, offer.currency, i18n.language);
  const interval = t(`interval.${offer.interval}`);
  const b = offer.bounds;
  return (
    <Paper withBorder radius="md" p="md" data-testid={`plan-${offer.code}`}>
      <Stack gap="xs">
        <Checkbox
          checked={selected}
          onChange={(event) => onToggle(event.currentTarget.checked)}
          label={
            <Text span fw={600}>
              {offer.name}
            </Text>
          }
          description={t('wizard.plans.list', { price: money(offer.listPriceMinor), interval })}
        />
        {selected &&
          (b.kind === 'range' ? (
            <Group gap="sm" align="flex-start" wrap="wrap">
              <TextInput
                label={t('wizard.plans.price', { currency: offer.currency })}
                description={t('wizard.plans.bounds', { min: money(b.minMinor), max: money(b.maxMinor) })}
                inputMode="decimal"
                required
                w={{ base: '100%', xs: 300 }}
                {...form.getInputProps(`prices.${index}`)}
              />
            </Group>
          ) : (
            <Text size="sm" data-testid="fixed-price">
              {t('wizard.plans.discounted', {
                price: money(offer.listPriceMinor - b.discountMinor),
                discount: money(b.discountMinor),
              })}
            </Text>
          ))}
      </Stack>
    </Paper>
  );
}
