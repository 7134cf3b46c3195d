import { Button, Group, SimpleGrid, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TERMS_MAX } from '@domain/application-kinds';
import { formatDateTime } from '@/lib/format';
import { type ApplicationSettings, usePublishTerms } from './queries/applications';
import { ErrorMessage } from '@/ui/error-message';
import { notifyDone } from '@/lib/notify-done';
import { SettingsSection } from './settings-section';

/**
 * The "Terms" section: the text applicants must accept, in English and Russian. Publishing changed text makes
 * a new version; enrollments keep the version they accepted.
 */
export function TermsEditor({
  orgId,
  settings,
  canEdit,
}: {
  orgId: string;
  settings: ApplicationSettings;
  canEdit: boolean;
}) {
  const { t, i18n } = useTranslation('programs', { keyPrefix: 'applications' });
  const publish = usePublishTerms(orgId, settings.programId);
  const current = settings.terms;
  const [bodyEn, setBodyEn] = useState(current?.bodyEn ?? '');
  const [bodyRu, setBodyRu] = useState(current?.bodyRu ?? '');
  const unchanged = bodyEn.trim() === (current?.bodyEn ?? '') && (bodyRu.trim() || null) === (current?.bodyRu ?? null);
  const onPublish = () =>
    publish.mutate(
      { bodyEn: bodyEn.trim(), bodyRu: bodyRu.trim() || null },
      { onSuccess: (terms) => notifyDone(t('terms.published', { version: terms.version })) },
    );
  return (
    <SettingsSection title={t('terms.title')} hint={t('terms.hint')}>
      <Text size="sm">
        {current
          ? t('terms.current', {
              version: current.version,
              date: formatDateTime(current.publishedAt, i18n.language),
              count: settings.termsVersions,
            })
          : t('terms.none')}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Textarea
          label={t('terms.bodyEn')}
          description={t('terms.bodyHint')}
          autosize
          minRows={6}
          maxRows={16}
          maxLength={TERMS_MAX}
          value={bodyEn}
          readOnly={!canEdit}
          onChange={(e) => setBodyEn(e.currentTarget.value)}
        />
        <Textarea
          label={t('terms.bodyRu')}
          description={t('terms.bodyRuHint')}
          autosize
          minRows={6}
          maxRows={16}
          maxLength={TERMS_MAX}
          value={bodyRu}
          readOnly={!canEdit}
          onChange={(e) => setBodyRu(e.currentTarget.value)}
        />
      </SimpleGrid>
      {publish.error && <ErrorMessage error={publish.error} />}
      {canEdit && (
        <Group justify="flex-end">
          <Button onClick={onPublish} loading={publish.isPending} disabled={bodyEn.trim() === '' || unchanged}>
            {t(current ? 'terms.publishNew' : 'terms.publish')}
          </Button>
        </Group>
      )}
    </SettingsSection>
  );
}
