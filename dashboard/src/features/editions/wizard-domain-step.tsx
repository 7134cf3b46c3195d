import { Button, Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { EditionDomainKind } from '@schema/enums';
import { useMediaQuery } from '@mantine/hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditionApp } from './queries/my-editions';
import { EditionDomainPanel } from './edition-domain-panel';
import { type EditionWizardValues, wizardHost } from './edition-wizard-values';
import { HostFeedback } from './host-feedback';
import type { SavedEdition } from './use-save-wizard';

/**
 * Where the edition lives: a subdomain of the app's domain (live as soon as it is approved) or the affiliate's
 * own hostname (DNS records to add, then automatic TLS), with live word on whether the host may be used.
 */
export function WizardDomainStep({
  orgId,
  form,
  app,
  saved,
  onSaveDraft,
  saving,
  live,
}: {
  orgId: string;
  form: UseFormReturnType<EditionWizardValues>;
  app: EditionApp;
  /** The edition as last saved, if it has been. */
  saved: SavedEdition | null;
  onSaveDraft: () => void;
  saving: boolean;
  /** A live or suspended edition: saving changes it in place, there is no draft. */
  live: boolean;
}) {
  const { t } = useTranslation('editions');
  const feedbackId = useId();
  const phone = useMediaQuery('(max-width: 36em)');
  const kind = form.values.domainKind;
  const host = wizardHost(form.values, app);
  const kinds = app.domainKinds.filter((k) => k === 'custom' || app.baseDomain);
  const savedCustom = saved?.domainKind === 'custom' && saved.host === host;
  return (
    <Stack gap="md" maw={560}>
      {kinds.length > 1 && (
        <Stack gap={4}>
          <Text size="sm" fw={500} id={`${feedbackId}-kind`}>
            {t('wizard.domain.kind')}
          </Text>
          <SegmentedControl
            aria-labelledby={`${feedbackId}-kind`}
            value={kind}
            onChange={(value) => form.setFieldValue('domainKind', value as EditionDomainKind)}
            data={kinds.map((value) => ({ value, label: t(`wizard.domain.kinds.${value}`) }))}
            fullWidth
            // Stacked on phones, where the two labels do not fit side by side.
            orientation={phone ? 'vertical' : 'horizontal'}
          />
        </Stack>
      )}
      {kind === 'subdomain' ? (
        <TextInput
          label={t('wizard.domain.subdomain')}
          description={t('wizard.domain.subdomainHint', { domain: app.baseDomain })}
          required
          autoComplete="off"
          spellCheck={false}
          rightSection={
            <Text size="sm" c="dimmed" pr="xs" style={{ whiteSpace: 'nowrap' }}>
              .{app.baseDomain}
            </Text>
          }
          rightSectionWidth={Math.min(220, 16 + 8 * ((app.baseDomain ?? '').length + 1))}
          aria-describedby={`${feedbackId}-host`}
          data-autofocus
          {...form.getInputProps('subdomain')}
        />
      ) : (
        <TextInput
          label={t('wizard.domain.customHost')}
          description={t('wizard.domain.customHostHint')}
          placeholder={t('wizard.domain.customHostPlaceholder')}
          required
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${feedbackId}-host`}
          data-autofocus
          {...form.getInputProps('customHost')}
        />
      )}
      <HostFeedback
        orgId={orgId}
        check={{ appId: app.appId, host, domainKind: kind, name: form.values.name.trim(), editionId: saved?.id }}
        id={`${feedbackId}-host`}
      />
      {kind === 'custom' &&
        (savedCustom && saved ? (
          <EditionDomainPanel orgId={orgId} editionId={saved.id} />
        ) : (
          <Group gap="sm" wrap="wrap">
            <Text size="sm" c="dimmed" style={{ flex: '1 1 240px' }}>
              {t(live ? 'wizard.domain.dnsAfterSaveLive' : 'wizard.domain.dnsAfterSave')}
            </Text>
            <Button variant="default" size="xs" onClick={onSaveDraft} loading={saving} disabled={!host}>
              {t(live ? 'wizard.domain.saveForDnsLive' : 'wizard.domain.saveForDns')}
            </Button>
          </Group>
        ))}
    </Stack>
  );
}
