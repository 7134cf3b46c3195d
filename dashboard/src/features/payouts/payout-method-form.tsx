import { Alert, Button, Group, Radio, Select, Stack, Text } from '@mantine/core';
import { COUNTRY_CODES } from '@domain/country-codes';
import { DEFAULT_RAIL, isPayoutRail, railsForCountry } from '@domain/payout-rails';
import type { PayoutRail } from '@schema/enums';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type MyPayoutMethods, useSetPayoutMethod } from './queries/payout-methods';
import { ErrorMessage } from '@/ui/error-message';
import { RailCard } from './rail-card';

/** Country, then one of the rails serving it; saving creates the Stripe account when Stripe is chosen. */
export function PayoutMethodForm({ orgId, view }: { orgId: string; view: MyPayoutMethods }) {
  const { t, i18n } = useTranslation('payoutmethods');
  const save = useSetPayoutMethod(orgId);
  const [country, setCountry] = useState<string | null>(view.method?.country ?? null);
  const [rail, setRail] = useState<PayoutRail>(view.method?.rail ?? DEFAULT_RAIL);
  const countries = useMemo(() => {
    const names = new Intl.DisplayNames([i18n.language], { type: 'region' });
    return COUNTRY_CODES.map((code) => ({ value: code, label: names.of(code) ?? code })).sort((a, b) =>
      a.label.localeCompare(b.label, i18n.language),
    );
  }, [i18n.language]);
  // The rails of the chosen country, as the server will check them; before a country, none is ruled out.
  const served = new Set(country ? railsForCountry(country) : []);
  const offers = view.rails.map((o) => ({ ...o, servesCountry: country === null ? null : served.has(o.rail) }));
  const usable = offers.find((o) => o.rail === rail && o.servesCountry && o.enabled);
  const countryName = (code: string) => new Intl.DisplayNames([i18n.language], { type: 'region' }).of(code) ?? code;
  const current = view.method
    ? t('current.method', { rail: t(`rail.${view.method.rail}.name`), country: countryName(view.method.country) })
    : view.paypalEmail
      ? t('current.paypalDefault', { email: view.paypalEmail })
      : t('current.none');
  return (
    <Stack gap="md">
      <Text size="sm" data-testid="payout-method-current">
        <Text span fw={600}>
          {t('current.label')}:
        </Text>{' '}
        {current}
      </Text>
      <Select
        label={t('country')}
        description={t('countryHelp')}
        data={countries}
        value={country}
        onChange={setCountry}
        searchable
        required
        maw={360}
        data-testid="payout-country"
      />
      {!country && (
        <Alert color="blue" variant="light" data-testid="payout-country-first">
          {t('chooseCountry')}
        </Alert>
      )}
      {country && served.size === 0 && (
        <Alert color="yellow" variant="light">
          {t('noRail')}
        </Alert>
      )}
      <Radio.Group value={rail} onChange={(value) => isPayoutRail(value) && setRail(value)} label={t('method')}>
        <Stack gap="sm" mt="xs">
          {offers.map((offer) => (
            <RailCard key={offer.rail} orgId={orgId} offer={offer} view={view} />
          ))}
        </Stack>
      </Radio.Group>
      {save.error && (
        <Alert color="red" variant="light" role="alert">
          <ErrorMessage error={save.error} />
        </Alert>
      )}
      <Group>
        <Button
          disabled={!country || !usable}
          loading={save.isPending || undefined}
          onClick={() => country && save.mutate({ country, rail })}
          data-testid="payout-method-save"
        >
          {t('save')}
        </Button>
      </Group>
    </Stack>
  );
}
