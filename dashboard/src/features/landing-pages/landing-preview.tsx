import { Alert, Group, Loader, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { type LandingDocument, useLandingPreview } from './queries/landing-pages';
import type { Lang } from './blocks';

// vh, not dvh: the Chromium the tests run (and older browsers) drop a declaration they cannot read.
const PREVIEW_HEIGHT = 'max(560px, calc(100vh - 150px))';

type Props = {
  orgId: string;
  programId: string;
  groupId: string | null;
  document: LandingDocument;
  lang: Lang;
  onLangChange: (lang: Lang) => void;
};

/**
 * The page as the server renders it with the editor's unsaved blocks, a moment after typing stops. Shown in a
 * frame with an empty `sandbox`: no script, no form, no navigation and no access to the dashboard's origin.
 */
export function LandingPreview({ orgId, programId, groupId, document, lang, onLangChange }: Props) {
  const { t } = useTranslation('landing');
  const [debounced] = useDebouncedValue(document, 400);
  const preview = useLandingPreview(orgId, programId, groupId, lang, debounced);
  return (
    <Stack gap="xs" h="100%">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Text fw={600} id="landing-preview-title">
          {t('previewTitle')}
        </Text>
        <Group gap="xs">
          {preview.isFetching && <Loader size="xs" aria-hidden />}
          <SegmentedControl
            size="xs"
            aria-label={t('previewLanguage')}
            value={lang}
            onChange={(v) => onLangChange(v as Lang)}
            data={[
              { value: 'en', label: 'EN' },
              { value: 'ru', label: 'RU' },
            ]}
          />
        </Group>
      </Group>
      {preview.isError && (
        <Alert color="orange" variant="light" role="status" p="xs">
          {t('previewError')}
        </Alert>
      )}
      {/* As tall as the window allows (the column is sticky beside the editor): at a fixed 480 px the frame showed
          little more than the hero, and the blocks being edited sat below it. */}
      <Paper withBorder radius="md" style={{ overflow: 'hidden', flex: 1, height: PREVIEW_HEIGHT }}>
        {preview.data !== undefined && (
          <iframe
            title={t('previewTitle')}
            aria-labelledby="landing-preview-title"
            sandbox=""
            srcDoc={preview.data}
            style={{ border: 0, width: '100%', height: '100%', minHeight: 560, display: 'block', background: '#fff' }}
            data-testid="landing-preview"
          />
        )}
      </Paper>
    </Stack>
  );
}
