import { Alert, Badge, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';
import { type MyVatId, useSetMyVatId } from './queries/tax';
import { ErrorMessage } from '@/ui/error-message';
import { notifyDone } from '@/lib/notify-done';
import { SectionCard } from '@/ui/section-card';

/** The affiliate's EU VAT id, checked with VIES on save; only a valid one is kept, shown by its last four. */
export function VatIdCard({ view }: { view: MyVatId }) {
  const { t, i18n } = useTranslation('tax');
  const save = useSetMyVatId();
  const [value, setValue] = useState('');
  const vat = view.vatId;
  const submit = async (vatId: string | null) => {
    try {
      await save.mutateAsync(vatId);
      setValue('');
      notifyDone(vatId ? t('vat.saved') : t('vat.removed'));
    } catch {
      // Shown in the card.
    }
  };
  return (
    <SectionCard
      title={t('vat.title')}
      actions={
        vat && (
          <Badge color={vat.valid === 'valid' ? 'teal' : 'red'} variant="light" data-testid="vat-status">
            {t(`vat.${vat.valid}`)}
          </Badge>
        )
      }
      data-testid="vat-id"
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('vat.description')}
        </Text>
        {vat ? (
          <Stack gap={2}>
            <Text size="sm" fw={600}>
              {t('vat.onFile', { country: vat.countryCode, last4: vat.vatNumberLast4 })}
            </Text>
            {vat.registeredName && <Text size="sm">{t('vat.registeredAs', { name: vat.registeredName })}</Text>}
            <Text size="sm" c="dimmed">
              {t('vat.checked', { date: formatDateTime(vat.checkedAt, i18n.language) })}
            </Text>
          </Stack>
        ) : (
          <Text size="sm">{t('vat.none')}</Text>
        )}
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (value.trim().length >= 4) void submit(value.trim().replace(/\s+/g, '').toUpperCase());
          }}
        >
          <Group align="flex-end" wrap="wrap" gap="sm">
            <TextInput
              label={t('vat.label')}
              placeholder={t('vat.placeholder')}
              value={value}
              onChange={(event) => setValue(event.currentTarget.value)}
              maxLength={20}
              autoComplete="off"
              spellCheck={false}
              style={{ flex: '1 1 220px' }}
              maw={360}
              data-testid="vat-input"
            />
            <Button
              type="submit"
              variant="default"
              disabled={value.trim().length < 4}
              loading={save.isPending || undefined}
            >
              {t('vat.save')}
            </Button>
            {vat && (
              <Button variant="subtle" color="red" onClick={() => void submit(null)} disabled={save.isPending}>
                {t('vat.remove')}
              </Button>
            )}
          </Group>
        </form>
        {save.error && (
          <Alert color="red" variant="light" role="alert" data-testid="vat-error">
            <ErrorMessage error={save.error} />
          </Alert>
        )}
      </Stack>
    </SectionCard>
  );
}
