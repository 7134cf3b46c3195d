import { Alert, Button, Group, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { type FieldProblem, recipientProblems } from '@domain/wise-recipient';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/api-error';
import { ErrorMessage } from '@/ui/error-message';
import { SectionCard } from '@/ui/section-card';
import { usePayoutMethods } from '../queries/payout-methods';
import type { MyPayoutMethods } from '../queries/payout-methods';
import {
  useRefreshWiseRequirements,
  useSaveWiseRecipient,
  useWiseRecipient,
  useWiseRequirements,
  type WiseRequirements,
} from './queries';
import { WiseField } from './wise-field';
import { wiseWords } from './wise-words';

type Method = NonNullable<MyPayoutMethods['method']>;

/** The currency a country's banks usually take, to start the form with; the affiliate may pick another. */
const EURO = new Set([
  'AT',
  'BE',
  'CY',
  'DE',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PT',
  'SI',
  'SK',
]);
const LOCAL: Record<string, string> = {
  US: 'USD',
  GB: 'GBP',
  PL: 'PLN',
  CA: 'CAD',
  AU: 'AUD',
  CH: 'CHF',
  JP: 'JPY',
  IN: 'INR',
};
const currencyOf = (country: string) => (EURO.has(country) ? 'EUR' : (LOCAL[country] ?? 'USD'));

/**
 * Wise's panel under the picker: the bank account Wise pays, in a form built from Wise's account requirements for
 * the chosen currency (its fields, which are required, their patterns, lengths and choices), checked as the
 * affiliate types; a field that changes the requirements (the address country) asks Wise again.
 */
export function WiseSetup({ orgId, method }: { orgId: string; method: Method; expired: boolean }) {
  const { t } = useTranslation('payoutmethods');
  const recipient = useWiseRecipient(orgId);
  const methods = usePayoutMethods(orgId);
  const saved = recipient.data?.recipient ?? null;
  const [editing, setEditing] = useState(false);
  const [currency, setCurrency] = useState<string>(saved?.currency ?? currencyOf(method.country));
  useEffect(() => {
    if (saved) setCurrency(saved.currency);
  }, [saved]);
  const currencies = methods.data?.rails.find((r) => r.rail === method.rail)?.currencies ?? [currency];
  const showForm = editing || (recipient.isSuccess && !saved);
  return (
    <SectionCard title={t('wise.title')}>
      <Stack gap="sm">
        {recipient.isPending && <Text size="sm">{t('wise.loading')}</Text>}
        {recipient.error && (
          <Alert color="red" variant="light" role="alert">
            <ErrorMessage error={recipient.error} />
          </Alert>
        )}
        {saved && !editing && (
          <Group justify="space-between" data-testid="wise-recipient">
            <Text size="sm">
              {t('wise.saved', { holder: saved.accountHolderName, summary: saved.summary, currency: saved.currency })}
            </Text>
            <Button variant="default" onClick={() => setEditing(true)} data-testid="wise-change">
              {t('wise.change')}
            </Button>
          </Group>
        )}
        {showForm && (
          <>
            <Text size="sm">{t('wise.explain')}</Text>
            <Select
              label={t('wise.currency')}
              data={currencies}
              value={currency}
              onChange={(v) => v && setCurrency(v)}
              searchable
              maw={240}
              data-testid="wise-currency"
            />
            <WiseForm
              key={currency}
              orgId={orgId}
              country={method.country}
              currency={currency}
              onSaved={() => setEditing(false)}
            />
          </>
        )}
      </Stack>
    </SectionCard>
  );
}

function WiseForm({
  orgId,
  country,
  currency,
  onSaved,
}: {
  orgId: string;
  country: string;
  currency: string;
  onSaved: () => void;
}) {
  const { t, i18n } = useTranslation('payoutmethods');
  const words = wiseWords(t, i18n.language);
  const requirements = useWiseRequirements(orgId, currency);
  const refresh = useRefreshWiseRequirements(orgId);
  const save = useSaveWiseRecipient(orgId);
  const [refreshed, setRefreshed] = useState<WiseRequirements | null>(null);
  const types = (refreshed ?? requirements.data)?.types ?? [];
  const [type, setType] = useState<string | null>(null);
  const chosen = types.find((x) => x.type === type) ?? types[0];
  const [values, setValues] = useState<Record<string, string>>({ 'address.country': country });
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const fields = useMemo(
    () => chosen?.fields.flatMap((g) => g.group.map((f) => ({ ...f, name: g.name }))) ?? [],
    [chosen],
  );
  const problems = recipientProblems(fields, values);
  // The server's verdict on the last submit (Wise's own check included), by field.
  const serverFields =
    save.error instanceof ApiError && save.error.code === 'wise_details_invalid'
      ? ((save.error.details as { fields?: Record<string, FieldProblem> } | undefined)?.fields ?? {})
      : {};
  const set = (key: string, value: string, refreshes: boolean) => {
    const next = { ...values, [key]: value };
    setValues(next);
    setTouched((s) => new Set(s).add(key));
    if (refreshes && chosen)
      refresh.mutate({ currency, type: chosen.type, values: next }, { onSuccess: (data) => setRefreshed(data) });
  };
  // A value the form starts with (the address country) may change the requirements too: ask once on load.
  const chosenType = chosen?.type ?? null;
  const startsRefreshing = fields.some((f) => f.refreshRequirementsOnChange && values[f.key]);
  const { mutate: refreshNow } = refresh;
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per loaded type; later changes refresh in set()
  useEffect(() => {
    if (chosenType && startsRefreshing && !refreshed)
      refreshNow({ currency, type: chosenType, values }, { onSuccess: (data) => setRefreshed(data) });
  }, [chosenType, startsRefreshing]);
  if (requirements.isPending) return <Text size="sm">{t('wise.loading')}</Text>;
  if (requirements.error)
    return (
      <Alert color="yellow" variant="light" role="alert" data-testid="wise-requirements-error">
        <ErrorMessage error={requirements.error} />
      </Alert>
    );
  if (!chosen) return null;
  const submit = () => {
    setSubmitted(true);
    if (Object.keys(problems).length > 0) return;
    const kept = Object.fromEntries(fields.map((f) => [f.key, values[f.key] ?? '']).filter(([, v]) => v !== ''));
    save.mutate({ currency, country, type: chosen.type, values: kept }, { onSuccess: onSaved });
  };
  return (
    <Stack gap="sm" data-testid="wise-form">
      {types.length > 1 && (
        <SegmentedControl
          value={chosen.type}
          onChange={setType}
          data={types.map((x) => ({ value: x.type, label: words.type(x.type, x.title) }))}
          data-testid="wise-type"
        />
      )}
      {fields.map((f) => (
        <WiseField
          key={f.key}
          label={words.field(f.key, f.name)}
          field={f}
          value={values[f.key] ?? ''}
          problem={(submitted || touched.has(f.key) ? problems[f.key] : null) ?? serverFields[f.key] ?? null}
          onChange={(v) => set(f.key, v, f.refreshRequirementsOnChange)}
        />
      ))}
      {refresh.isPending && (
        <Text size="xs" c="dimmed">
          {t('wise.refreshing')}
        </Text>
      )}
      {save.error && (
        <Alert color="red" variant="light" role="alert">
          <ErrorMessage error={save.error} />
        </Alert>
      )}
      <Group>
        <Button onClick={submit} loading={save.isPending || undefined} data-testid="wise-save">
          {t('wise.save')}
        </Button>
      </Group>
    </Stack>
  );
}
